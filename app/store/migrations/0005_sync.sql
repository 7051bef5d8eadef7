-- Hand-off to onewindow-server (docs/sync.md): the sync module's own key/value state, the server's receipt on
-- each outbox entry, and the server-side status of each case as the status feed reports it.

-- Small values of the sync module: the status-feed cursor (and the server it belongs to), the time of the
-- last successful exchange with the server.
CREATE TABLE sync_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The server's receipt (server_case_id is in 0004): when it received the case and the content hash it stored.
ALTER TABLE outbox ADD COLUMN server_received_at TEXT;
ALTER TABLE outbox ADD COLUMN content_hash TEXT;

-- Where the case is at the departments (received, in_progress, completed, returned), the reasons of a return
-- (补正) as a JSON array, when it changed there, and the feed cursor of that change.
ALTER TABLE cases ADD COLUMN server_status TEXT;
ALTER TABLE cases ADD COLUMN server_reasons TEXT;
ALTER TABLE cases ADD COLUMN server_updated_at TEXT;
ALTER TABLE cases ADD COLUMN server_cursor INTEGER;
