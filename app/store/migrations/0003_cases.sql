-- Cases taken at this counter: drafts and accepted cases, their field values with provenance,
-- material states, content-addressed attachments, case-number sequences and the hand-off outbox.
CREATE TABLE cases (
    uuid TEXT PRIMARY KEY,
    case_number TEXT UNIQUE,
    bundle_code TEXT NOT NULL,
    catalog_version TEXT NOT NULL,
    catalog_hash TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'draft',
    sync_state TEXT NOT NULL DEFAULT 'local',
    sync_message TEXT,
    applicant_kind TEXT NOT NULL DEFAULT 'person',
    applicant_name TEXT,
    applicant_id TEXT,
    proxy INTEGER NOT NULL DEFAULT 0,
    consent_shared_data INTEGER NOT NULL DEFAULT 0,
    answers TEXT NOT NULL DEFAULT '{}',
    extra TEXT NOT NULL DEFAULT '{}',
    hall_code TEXT NOT NULL,
    counter INTEGER NOT NULL,
    staff TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    accepted_at TEXT,
    promised_date TEXT
);
CREATE INDEX cases_state ON cases(state, updated_at);
CREATE INDEX cases_applicant_id ON cases(applicant_id);
CREATE INDEX cases_created ON cases(created_at);

CREATE TABLE case_fields (
    case_uuid TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
    field_id TEXT NOT NULL,
    value TEXT NOT NULL,
    origin TEXT NOT NULL,
    source TEXT,
    obtained_at TEXT,
    confidence REAL,
    evidence TEXT,
    PRIMARY KEY (case_uuid, field_id)
);

CREATE TABLE case_materials (
    case_uuid TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
    material_id TEXT NOT NULL,
    state TEXT NOT NULL,
    note TEXT,
    due_date TEXT,
    evidence TEXT,
    PRIMARY KEY (case_uuid, material_id)
);

CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mime_type TEXT NOT NULL,
    stored_path TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE case_attachments (
    case_uuid TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
    material_id TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES attachments(sha256),
    file_name TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (case_uuid, material_id, sha256)
);

CREATE TABLE case_sequences (
    day TEXT NOT NULL,
    hall_code TEXT NOT NULL,
    counter INTEGER NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (day, hall_code, counter)
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_uuid TEXT NOT NULL UNIQUE REFERENCES cases(uuid),
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_try_at TEXT,
    next_try_at TEXT,
    error_category TEXT,
    last_error TEXT,
    request_id TEXT,
    delivered_at TEXT,
    server_case_id TEXT
);
CREATE INDEX outbox_pending ON outbox(state, id);
