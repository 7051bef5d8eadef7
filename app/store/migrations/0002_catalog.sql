-- Catalog versions kept in the local store. A case records (version, content_hash) so it renders with the
-- catalog it was taken under; exactly one row is active at a time.
CREATE TABLE catalogs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    version TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    content TEXT NOT NULL,
    title TEXT,
    source TEXT,
    loaded_at TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    UNIQUE (version, content_hash)
);
CREATE UNIQUE INDEX catalogs_one_active ON catalogs(active) WHERE active = 1;
