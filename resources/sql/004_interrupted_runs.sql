-- Version 4: a run whose process died (killed, crashed, power cut) is marked 'interrupted' by the
-- next process that takes the data dir's work lock, instead of staying 'running' forever. SQLite
-- cannot change a CHECK constraint in place, so the table is rebuilt with its rows. Dropping the old
-- table runs its ON DELETE SET NULL on scores.run_id (foreign keys are on inside the migration's
-- transaction), so the links are saved first (keyed by the score's rowid, so putting them back is
-- one lookup per score) and put back after.

CREATE TEMP TABLE score_runs (score_rowid INTEGER PRIMARY KEY, run_id INTEGER NOT NULL)
--;
INSERT INTO score_runs (score_rowid, run_id) SELECT rowid, run_id FROM scores WHERE run_id IS NOT NULL
--;
CREATE TABLE runs_new (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    date               TEXT NOT NULL,
    fingerprint        TEXT NOT NULL,
    provider           TEXT NOT NULL,
    model              TEXT NOT NULL,
    started_at         TEXT NOT NULL,
    finished_at        TEXT,
    state              TEXT NOT NULL DEFAULT 'running'
                       CHECK (state IN ('running', 'finished', 'cancelled', 'failed', 'interrupted')),
    message            TEXT NOT NULL DEFAULT '',
    requests           INTEGER NOT NULL DEFAULT 0,
    prompt_tokens      INTEGER NOT NULL DEFAULT 0,
    completion_tokens  INTEGER NOT NULL DEFAULT 0,
    cached_tokens      INTEGER NOT NULL DEFAULT 0,
    prompt_cost        REAL,
    completion_cost    REAL,
    reasoning_tokens   INTEGER NOT NULL DEFAULT 0,
    cache_write_tokens INTEGER NOT NULL DEFAULT 0
)
--;
INSERT INTO runs_new (id, date, fingerprint, provider, model, started_at, finished_at, state, message,
                      requests, prompt_tokens, completion_tokens, cached_tokens, prompt_cost,
                      completion_cost, reasoning_tokens, cache_write_tokens)
    SELECT id, date, fingerprint, provider, model, started_at, finished_at, state, message, requests,
           prompt_tokens, completion_tokens, cached_tokens, prompt_cost, completion_cost,
           reasoning_tokens, cache_write_tokens
    FROM runs
--;
DROP TABLE runs
--;
ALTER TABLE runs_new RENAME TO runs
--;
CREATE INDEX runs_by_date ON runs(date)
--;
UPDATE scores SET run_id = (SELECT r.run_id FROM score_runs r WHERE r.score_rowid = scores.rowid)
    WHERE rowid IN (SELECT score_rowid FROM score_runs)
--;
DROP TABLE score_runs
