"""The database schema, as forward migrations. `PRAGMA user_version` holds the schema version."""

from __future__ import annotations

SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE campaigns (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    brief TEXT NOT NULL DEFAULT '{}',
    confidentiality TEXT NOT NULL DEFAULT 'internal',
    usage TEXT NOT NULL DEFAULT 'commercial',
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    trashed_at TEXT
);

CREATE TABLE assets (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id),
    kind TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    ext TEXT NOT NULL,
    mime TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    alt_text TEXT NOT NULL DEFAULT '',
    transcript TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft',
    parent_id TEXT REFERENCES assets(id),
    version INTEGER NOT NULL DEFAULT 1,
    width INTEGER,
    height INTEGER,
    duration_s REAL,
    sample_rate INTEGER,
    size_bytes INTEGER NOT NULL DEFAULT 0,
    meta TEXT NOT NULL DEFAULT '{}',
    job_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    trashed_at TEXT
);
CREATE INDEX assets_by_campaign ON assets(campaign_id, trashed_at, created_at);
CREATE INDEX assets_by_parent ON assets(parent_id);
CREATE INDEX assets_by_sha ON assets(sha256);

CREATE TABLE generations (
    asset_id TEXT PRIMARY KEY REFERENCES assets(id),
    provider TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    model_revision TEXT NOT NULL DEFAULT '',
    licence TEXT NOT NULL DEFAULT 'unknown',
    commercial_use TEXT NOT NULL DEFAULT 'unknown',
    where_ran TEXT NOT NULL DEFAULT 'local',
    endpoint TEXT NOT NULL DEFAULT '',
    prompt TEXT NOT NULL DEFAULT '',
    negative_prompt TEXT NOT NULL DEFAULT '',
    system_prompt TEXT NOT NULL DEFAULT '',
    parameters TEXT NOT NULL DEFAULT '{}',
    seed INTEGER,
    started_at TEXT NOT NULL DEFAULT '',
    finished_at TEXT NOT NULL DEFAULT '',
    duration_s REAL,
    energy_wh REAL,
    energy_method TEXT NOT NULL DEFAULT 'unknown',
    energy_device TEXT NOT NULL DEFAULT '',
    tokens TEXT NOT NULL DEFAULT '{}',
    cost TEXT NOT NULL DEFAULT '{}',
    device TEXT NOT NULL DEFAULT '',
    app_version TEXT NOT NULL DEFAULT '',
    job_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX generations_by_model ON generations(model);

-- Full-text search over titles, prompts and copy; accents ignored ("ete" finds "Été").
CREATE VIRTUAL TABLE assets_fts USING fts5(
    asset_id UNINDEXED, title, prompt, body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    provider TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    request TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL,
    error TEXT NOT NULL DEFAULT '',
    error_details TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    progress REAL,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    duration_s REAL,
    energy TEXT NOT NULL DEFAULT '{}',
    asset_ids TEXT NOT NULL DEFAULT '[]',
    retry_of TEXT
);
CREATE INDEX jobs_by_state ON jobs(state, created_at);

CREATE TABLE signoffs (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id),
    item TEXT NOT NULL,
    asset_id TEXT,
    asset_sha256 TEXT NOT NULL DEFAULT '',
    asset_updated_at TEXT NOT NULL DEFAULT '',
    by_name TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX signoffs_by_campaign ON signoffs(campaign_id, item);

CREATE TABLE exports (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id),
    profile TEXT NOT NULL,
    destination TEXT NOT NULL,
    asset_ids TEXT NOT NULL DEFAULT '[]',
    manifest_sha256 TEXT NOT NULL DEFAULT '',
    report TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
"""

def migrate_to_v2(conn) -> None:
    """Jobs know which process runs them (so a second window or a command line does not mark
    another's running jobs interrupted); the newest assets across campaigns page fast."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(jobs)")}
    if "owner" not in columns:
        conn.execute("ALTER TABLE jobs ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
    conn.execute("CREATE INDEX IF NOT EXISTS assets_recent ON assets(trashed_at, created_at)")


# version -> what takes the database from version-1 to version: SQL, or a function of the
# connection (run inside the migration's transaction)
MIGRATIONS: dict[int, object] = {1: SCHEMA_V1, 2: migrate_to_v2}
SCHEMA_VERSION = max(MIGRATIONS)
