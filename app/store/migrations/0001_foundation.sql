-- Foundation: key/value metadata and the local audit log.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    case_uuid TEXT,
    subject_masked TEXT,
    detail TEXT
);
CREATE INDEX audit_log_case ON audit_log(case_uuid);
