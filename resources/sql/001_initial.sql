-- Paperdesk schema, version 1.
-- Statements are separated by lines holding only "--;" so triggers can contain semicolons.

CREATE TABLE papers (
    arxiv_id     TEXT PRIMARY KEY,            -- without version
    version      INTEGER NOT NULL DEFAULT 1,
    title        TEXT NOT NULL,
    authors      TEXT NOT NULL DEFAULT '[]',  -- JSON array, in the paper's order
    abstract     TEXT NOT NULL DEFAULT '',
    categories   TEXT NOT NULL DEFAULT '[]',  -- JSON array, primary first
    comments     TEXT NOT NULL DEFAULT '',
    journal_ref  TEXT NOT NULL DEFAULT '',
    doi          TEXT NOT NULL DEFAULT '',
    license      TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL
)
--;
CREATE TABLE days (
    date        TEXT PRIMARY KEY,             -- YYYY-MM-DD, the announcement date (ET)
    state       TEXT NOT NULL CHECK (state IN ('not_fetched', 'fetched', 'no_announcement', 'failed')),
    source      TEXT NOT NULL DEFAULT '' CHECK (source IN ('', 'rss', 'api')),
    total       INTEGER NOT NULL DEFAULT 0,
    scanned     INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    fetched_at  TEXT,
    failure     TEXT NOT NULL DEFAULT ''
)
--;
CREATE TABLE announcements (
    date           TEXT NOT NULL REFERENCES days(date) ON DELETE CASCADE,
    arxiv_id       TEXT NOT NULL REFERENCES papers(arxiv_id),
    announce_type  TEXT NOT NULL CHECK (announce_type IN ('new', 'cross', 'replace', 'replace-cross')),
    position       INTEGER NOT NULL DEFAULT 0,   -- order in the feed
    filter_reason  TEXT NOT NULL DEFAULT '',     -- empty: kept by the prefilter (scanned)
    PRIMARY KEY (date, arxiv_id)
)
--;
CREATE INDEX announcements_by_paper ON announcements(arxiv_id)
--;
CREATE TABLE runs (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    date               TEXT NOT NULL,
    fingerprint        TEXT NOT NULL,
    provider           TEXT NOT NULL,
    model              TEXT NOT NULL,
    started_at         TEXT NOT NULL,
    finished_at        TEXT,
    state              TEXT NOT NULL DEFAULT 'running'
                       CHECK (state IN ('running', 'finished', 'cancelled', 'failed')),
    message            TEXT NOT NULL DEFAULT '',
    requests           INTEGER NOT NULL DEFAULT 0,
    prompt_tokens      INTEGER NOT NULL DEFAULT 0,
    completion_tokens  INTEGER NOT NULL DEFAULT 0,
    cached_tokens      INTEGER NOT NULL DEFAULT 0,
    prompt_cost        REAL,                     -- NULL: the model has no price row
    completion_cost    REAL
)
--;
CREATE INDEX runs_by_date ON runs(date)
--;
CREATE TABLE scores (
    arxiv_id         TEXT NOT NULL REFERENCES papers(arxiv_id),
    fingerprint      TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('scored', 'failed')),
    failure          TEXT NOT NULL DEFAULT '',
    relevance        INTEGER,
    novelty          INTEGER,
    primary_topic    TEXT NOT NULL DEFAULT '',
    matched_topics   TEXT NOT NULL DEFAULT '[]',
    comment          TEXT NOT NULL DEFAULT '',
    topic_match      TEXT NOT NULL DEFAULT '',
    hotspot_tags     TEXT NOT NULL DEFAULT '[]',
    hotspot_comment  TEXT NOT NULL DEFAULT '',
    heuristic        INTEGER NOT NULL DEFAULT 0,
    run_id           INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    scored_at        TEXT NOT NULL,
    PRIMARY KEY (arxiv_id, fingerprint),
    CHECK (status = 'failed' OR (relevance BETWEEN 1 AND 10 AND novelty BETWEEN 1 AND 10))
)
--;
CREATE TABLE reading_state (
    arxiv_id    TEXT PRIMARY KEY REFERENCES papers(arxiv_id),
    read        INTEGER NOT NULL DEFAULT 0,
    starred     INTEGER NOT NULL DEFAULT 0,
    note        TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
)
--;
CREATE VIRTUAL TABLE papers_fts USING fts5(
    title, abstract, authors, content='papers', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')
--;
CREATE TRIGGER papers_fts_insert AFTER INSERT ON papers BEGIN
    INSERT INTO papers_fts(rowid, title, abstract, authors) VALUES (new.rowid, new.title, new.abstract, new.authors);
END
--;
CREATE TRIGGER papers_fts_delete AFTER DELETE ON papers BEGIN
    INSERT INTO papers_fts(papers_fts, rowid, title, abstract, authors)
        VALUES ('delete', old.rowid, old.title, old.abstract, old.authors);
END
--;
CREATE TRIGGER papers_fts_update AFTER UPDATE OF title, abstract, authors ON papers BEGIN
    INSERT INTO papers_fts(papers_fts, rowid, title, abstract, authors)
        VALUES ('delete', old.rowid, old.title, old.abstract, old.authors);
    INSERT INTO papers_fts(rowid, title, abstract, authors) VALUES (new.rowid, new.title, new.abstract, new.authors);
END
