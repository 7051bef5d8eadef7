-- onewindow-server schema (SQLite). The PostgreSQL variant is 0001_server.QPSQL.sql: keep them in step.
-- Times are ISO 8601 UTC text with milliseconds ("2026-11-28T04:18:00.000Z"), which sorts as time.
CREATE TABLE halls (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    division TEXT NOT NULL
);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'backoffice', 'admin')),
    hall_code TEXT NOT NULL REFERENCES halls(code),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

-- Bearer tokens: only the SHA-256 of the token is stored.
CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    issued_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX tokens_expiry ON tokens(expires_at);

CREATE TABLE catalogs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    version TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    content TEXT NOT NULL,
    published_at TEXT NOT NULL,
    published_by TEXT NOT NULL
);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    hall_code TEXT NOT NULL,
    case_number TEXT NOT NULL,
    bundle_code TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    content TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('received', 'in_progress', 'completed', 'returned')),
    reasons TEXT NOT NULL DEFAULT '[]',
    received_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_by TEXT NOT NULL
);
CREATE INDEX cases_hall ON cases(hall_code);

CREATE TABLE case_attachments (
    case_id INTEGER NOT NULL REFERENCES cases(id),
    sha256 TEXT NOT NULL,
    PRIMARY KEY (case_id, sha256)
);
CREATE INDEX case_attachments_sha ON case_attachments(sha256);

-- Status feed. seq is given after commit by the feed reader, in commit order, under a lock: it is the
-- cursor clients page with, monotonic across server processes.
CREATE TABLE case_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    seq INTEGER UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    status TEXT NOT NULL,
    reasons TEXT NOT NULL DEFAULT '[]',
    happened_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE INDEX case_events_unsequenced ON case_events(id) WHERE seq IS NULL;

-- Attachments by SHA-256, uploaded in chunks; complete once all bytes arrived and their hash matched.
CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    received INTEGER NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0,
    mime_type TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_hall TEXT NOT NULL,
    created_at TEXT NOT NULL,
    completed_at TEXT
);

CREATE TABLE attachment_chunks (
    sha256 TEXT NOT NULL REFERENCES attachments(sha256) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (sha256, start_offset)
);

-- Registers answering shared-data look-ups and verifications (demo data from --seed-demo).
CREATE TABLE register_persons (
    id_number TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    sex TEXT NOT NULL,
    ethnicity TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    division TEXT NOT NULL,
    address TEXT NOT NULL,
    household_no TEXT NOT NULL,
    relation TEXT NOT NULL,
    died_on TEXT
);
CREATE INDEX register_persons_household ON register_persons(household_no);

CREATE TABLE register_marriages (
    certificate_no TEXT PRIMARY KEY,
    person_a TEXT NOT NULL,
    person_b TEXT NOT NULL,
    registered_on TEXT NOT NULL,
    dissolved_on TEXT,
    authority TEXT NOT NULL
);
CREATE INDEX register_marriages_a ON register_marriages(person_a);
CREATE INDEX register_marriages_b ON register_marriages(person_b);

CREATE TABLE register_disability_certs (
    certificate_no TEXT PRIMARY KEY,
    id_number TEXT NOT NULL,
    category TEXT NOT NULL,
    grade INTEGER NOT NULL,
    issued_on TEXT NOT NULL,
    valid_until TEXT NOT NULL
);
CREATE INDEX register_disability_person ON register_disability_certs(id_number);

CREATE TABLE register_enterprises (
    credit_code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    legal_representative TEXT NOT NULL,
    established_on TEXT NOT NULL,
    division TEXT NOT NULL,
    address TEXT NOT NULL,
    status TEXT NOT NULL,
    type TEXT NOT NULL,
    registered_capital TEXT NOT NULL
);

-- Every shared-data read and verification: who, whose data (masked), which case, when, what came out.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    happened_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    actor_hall TEXT NOT NULL,
    action TEXT NOT NULL,
    case_uuid TEXT,
    subject_masked TEXT NOT NULL,
    outcome TEXT NOT NULL,
    evidence_ref TEXT
);
CREATE INDEX audit_log_case ON audit_log(case_uuid);
