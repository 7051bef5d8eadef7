-- Failed sign-ins, for throttling password guessing per username (several server processes share them).
CREATE TABLE sign_in_failures (
    username TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
CREATE INDEX sign_in_failures_user ON sign_in_failures(username, failed_at);
