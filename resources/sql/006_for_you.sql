-- Version 6: "For you". The reader's reactions to papers, the references imported from their
-- library, and the ranker trained on both.

ALTER TABLE reading_state ADD COLUMN reaction TEXT NOT NULL DEFAULT ''
    CHECK (reaction IN ('', 'like', 'dislike'))
--;
ALTER TABLE reading_state ADD COLUMN reacted_at TEXT
--;
-- One row per reference, whatever file it came from: `dedupe` (the arXiv id, else the DOI, else
-- the folded title) keeps a second import of the same library from adding it twice. A reference
-- that matches a stored paper names it in `matched`; it then counts as a like of that paper.
CREATE TABLE library_items (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    dedupe       TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    abstract     TEXT NOT NULL DEFAULT '',
    authors      TEXT NOT NULL DEFAULT '[]',
    arxiv_id     TEXT NOT NULL DEFAULT '',
    doi          TEXT NOT NULL DEFAULT '',
    year         INTEGER NOT NULL DEFAULT 0,
    matched      TEXT REFERENCES papers(arxiv_id) ON DELETE SET NULL,
    source       TEXT NOT NULL,   -- the file it was imported from
    imported_at  TEXT NOT NULL
)
--;
CREATE INDEX library_items_by_match ON library_items(matched)
--;
-- The trained ranker (rank::Ranker::save), one row. `reactions` is the number of reactions and
-- library items it was trained on, so the window knows when to train again.
CREATE TABLE ranker_models (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    model       BLOB NOT NULL,
    likes       INTEGER NOT NULL,
    examples    INTEGER NOT NULL,
    signature   TEXT NOT NULL,
    trained_at  TEXT NOT NULL
)
--;
