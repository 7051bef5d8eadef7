-- Prefill: fast look-ups of past cases by person or enterprise, the autocomplete vocabulary of past values,
-- and the local journal of shared-data look-ups and result verifications (docs/prefill.md).

-- Who appears in which past case, in which role: one row per resident ID number or credit code found in a
-- case that is no longer a draft, with what the look-up needs of the case (number, bundle, applicant, the
-- household the case concerns) so it never visits the cases table. The role is the subject field's id
-- without "idNumber"/"creditCode" ("mother" for mother.idNumber, "enterprise.legalRep" for
-- enterprise.legalRepIdNumber). Kept by the triggers below: the look-up of a person among a million cases is
-- one range of this primary key (newest first) plus one range of prefill_case_fields_covering per case.
CREATE TABLE prefill_subjects (
    subject_id TEXT NOT NULL,
    at TEXT NOT NULL,
    case_uuid TEXT NOT NULL,
    role TEXT NOT NULL,
    case_number TEXT,
    bundle_code TEXT NOT NULL,
    applicant_id TEXT,
    hukou_follows TEXT,
    PRIMARY KEY (subject_id, at, case_uuid, role)
) WITHOUT ROWID;
CREATE INDEX prefill_subjects_case ON prefill_subjects(case_uuid);

-- The field values of a case in one contiguous index range, read without visiting the table: a look-up of a
-- person reads the values of their five newest cases from this index alone.
CREATE INDEX prefill_case_fields_covering ON case_fields(case_uuid, field_id, value, origin, obtained_at);

-- Distinct past values of text fields (and the street part of addresses), for autocomplete.
CREATE TABLE prefill_vocabulary (
    field_id TEXT NOT NULL,
    value TEXT NOT NULL,
    last_used TEXT NOT NULL,
    uses INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (field_id, value)
) WITHOUT ROWID;
CREATE INDEX prefill_vocabulary_recent ON prefill_vocabulary(field_id, last_used);

-- Every shared-data look-up and verification this counter made: whose data (masked), for which case, the
-- outcome, and for verifications the answer with its evidence reference. The audit_log gets a row as well.
CREATE TABLE prefill_lookups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    case_uuid TEXT NOT NULL,
    kind TEXT NOT NULL,
    question TEXT,
    material_id TEXT,
    subject_masked TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT 'pending',
    answer INTEGER,
    evidence TEXT,
    message TEXT,
    completed_at TEXT
);
CREATE INDEX prefill_lookups_case ON prefill_lookups(case_uuid, id);

CREATE TRIGGER prefill_subjects_field_added AFTER INSERT ON case_fields
WHEN (NEW.field_id LIKE '%idNumber' OR NEW.field_id LIKE '%creditCode') AND json_valid(NEW.value)
BEGIN
    INSERT OR REPLACE INTO prefill_subjects (subject_id, at, case_uuid, role, case_number, bundle_code,
                                             applicant_id, hukou_follows)
    SELECT upper(trim(json_extract(NEW.value, '$[0]'))), coalesce(c.accepted_at, c.updated_at), NEW.case_uuid,
           rtrim(substr(NEW.field_id, 1, length(NEW.field_id) - CASE WHEN NEW.field_id LIKE '%idNumber' THEN 8 ELSE 10 END), '.'),
           c.case_number, c.bundle_code, c.applicant_id,
           CASE WHEN json_valid(c.answers) THEN json_extract(c.answers, '$.hukouFollows') END
    FROM cases c
    WHERE c.uuid = NEW.case_uuid AND c.state <> 'draft' AND json_type(NEW.value, '$[0]') = 'text'
      AND length(trim(json_extract(NEW.value, '$[0]'))) >= 15;
END;

CREATE TRIGGER prefill_subjects_field_removed AFTER DELETE ON case_fields
WHEN OLD.field_id LIKE '%idNumber' OR OLD.field_id LIKE '%creditCode'
BEGIN
    DELETE FROM prefill_subjects
    WHERE case_uuid = OLD.case_uuid AND role = rtrim(substr(OLD.field_id, 1, length(OLD.field_id) - CASE WHEN OLD.field_id LIKE '%idNumber' THEN 8 ELSE 10 END), '.');
END;

-- A case leaving or re-entering the draft state without its fields being rewritten.
CREATE TRIGGER prefill_subjects_case_state AFTER UPDATE OF state ON cases
WHEN (OLD.state = 'draft') <> (NEW.state = 'draft')
BEGIN
    DELETE FROM prefill_subjects WHERE case_uuid = NEW.uuid;
    INSERT OR REPLACE INTO prefill_subjects (subject_id, at, case_uuid, role, case_number, bundle_code,
                                             applicant_id, hukou_follows)
    SELECT upper(trim(json_extract(f.value, '$[0]'))), coalesce(NEW.accepted_at, NEW.updated_at), f.case_uuid,
           rtrim(substr(f.field_id, 1, length(f.field_id) - CASE WHEN f.field_id LIKE '%idNumber' THEN 8 ELSE 10 END), '.'),
           NEW.case_number, NEW.bundle_code, NEW.applicant_id,
           CASE WHEN json_valid(NEW.answers) THEN json_extract(NEW.answers, '$.hukouFollows') END
    FROM case_fields f
    WHERE NEW.state <> 'draft' AND f.case_uuid = NEW.uuid
      AND (f.field_id LIKE '%idNumber' OR f.field_id LIKE '%creditCode') AND json_valid(f.value)
      AND json_type(f.value, '$[0]') = 'text' AND length(trim(json_extract(f.value, '$[0]'))) >= 15;
END;

-- Identifiers, contact numbers, accounts and people's names (LIKE is case-insensitive: legalRepName,
-- bank.account…) are never suggested to another applicant; names of employers, banks and jobs are.
CREATE TRIGGER prefill_vocabulary_field_added AFTER INSERT ON case_fields
WHEN json_valid(NEW.value) AND NEW.field_id NOT LIKE '%idNumber' AND NEW.field_id NOT LIKE '%creditCode'
     AND NEW.field_id NOT LIKE '%mobile' AND NEW.field_id NOT LIKE '%phone' AND NEW.field_id NOT LIKE '%account'
     AND NEW.field_id NOT LIKE '%email'
     AND (NEW.field_id NOT LIKE '%name' OR NEW.field_id GLOB '*[Ee]mployerName' OR NEW.field_id GLOB '*[Bb]ankName'
          OR NEW.field_id GLOB '*JobName' OR NEW.field_id GLOB '*.newName')
     AND json_type(NEW.value, '$[0]') IN ('text', 'object')
BEGIN
    INSERT INTO prefill_vocabulary (field_id, value, last_used)
    SELECT NEW.field_id, v.value, coalesce(c.accepted_at, c.updated_at)
    FROM (SELECT trim(CASE json_type(NEW.value, '$[0]') WHEN 'text' THEN json_extract(NEW.value, '$[0]')
                      ELSE json_extract(NEW.value, '$[0].detail') END) AS value) v
    JOIN cases c ON c.uuid = NEW.case_uuid
    WHERE c.state <> 'draft' AND typeof(v.value) = 'text' AND length(v.value) BETWEEN 1 AND 100
    ON CONFLICT (field_id, value) DO UPDATE SET last_used = max(last_used, excluded.last_used), uses = uses + 1;
END;

-- Cases accepted before this migration.
INSERT OR REPLACE INTO prefill_subjects (subject_id, at, case_uuid, role, case_number, bundle_code, applicant_id,
                                         hukou_follows)
SELECT upper(trim(json_extract(f.value, '$[0]'))), coalesce(c.accepted_at, c.updated_at), f.case_uuid,
       rtrim(substr(f.field_id, 1, length(f.field_id) - CASE WHEN f.field_id LIKE '%idNumber' THEN 8 ELSE 10 END), '.'),
       c.case_number, c.bundle_code, c.applicant_id,
       CASE WHEN json_valid(c.answers) THEN json_extract(c.answers, '$.hukouFollows') END
FROM case_fields f JOIN cases c ON c.uuid = f.case_uuid
WHERE c.state <> 'draft' AND (f.field_id LIKE '%idNumber' OR f.field_id LIKE '%creditCode')
  AND json_valid(f.value) AND json_type(f.value, '$[0]') = 'text'
  AND length(trim(json_extract(f.value, '$[0]'))) >= 15;

INSERT INTO prefill_vocabulary (field_id, value, last_used)
SELECT f.field_id,
       trim(CASE json_type(f.value, '$[0]') WHEN 'text' THEN json_extract(f.value, '$[0]')
            ELSE json_extract(f.value, '$[0].detail') END),
       coalesce(c.accepted_at, c.updated_at)
FROM case_fields f JOIN cases c ON c.uuid = f.case_uuid
WHERE c.state <> 'draft' AND json_valid(f.value) AND json_type(f.value, '$[0]') IN ('text', 'object')
  AND f.field_id NOT LIKE '%idNumber' AND f.field_id NOT LIKE '%creditCode' AND f.field_id NOT LIKE '%mobile'
  AND f.field_id NOT LIKE '%phone' AND f.field_id NOT LIKE '%account' AND f.field_id NOT LIKE '%email'
  AND (f.field_id NOT LIKE '%name' OR f.field_id GLOB '*[Ee]mployerName' OR f.field_id GLOB '*[Bb]ankName'
       OR f.field_id GLOB '*JobName' OR f.field_id GLOB '*.newName')
  AND length(trim(CASE json_type(f.value, '$[0]') WHEN 'text' THEN json_extract(f.value, '$[0]')
             ELSE json_extract(f.value, '$[0].detail') END)) BETWEEN 1 AND 100
ON CONFLICT (field_id, value) DO UPDATE SET last_used = max(last_used, excluded.last_used), uses = uses + 1;
