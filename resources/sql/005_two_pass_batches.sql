-- Version 5: two-pass scoring, provider batches and a measured characters-per-token ratio.
-- detail: whether a score has its prose (comment, matched topics, topic-match and hotspot
-- comments). Scores stored before two-pass scoring were made in one pass and have it.

ALTER TABLE scores ADD COLUMN detail TEXT NOT NULL DEFAULT 'asked'
    CHECK (detail IN ('not_asked', 'asked', 'failed'))
--;
ALTER TABLE scores ADD COLUMN detail_failure TEXT NOT NULL DEFAULT ''
--;
-- A request sent through a provider's Batch API, until its results are collected. `lines` maps each
-- line's custom_id to what it asked: {"<custom_id>": {"pass": 1|2, "round": n, "ids": [...]}}.
CREATE TABLE provider_batches (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    batch_id      TEXT NOT NULL DEFAULT '',   -- the provider's id; empty while being submitted
    provider      TEXT NOT NULL,
    base_url      TEXT NOT NULL,
    date          TEXT NOT NULL,
    fingerprint   TEXT NOT NULL,
    run_id        INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    lines         TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'submitting'
                  CHECK (state IN ('submitting', 'pending', 'collected', 'failed', 'lost')),
    status        TEXT NOT NULL DEFAULT '',   -- the provider's last status word
    message       TEXT NOT NULL DEFAULT '',
    submitted_at  TEXT NOT NULL,
    collected_at  TEXT
)
--;
CREATE INDEX provider_batches_by_date ON provider_batches(date, state)
--;
-- Characters per prompt token as the provider counted them, per model (from the last run).
CREATE TABLE model_measurements (
    model            TEXT PRIMARY KEY,
    chars_per_token  REAL NOT NULL,
    measured_at      TEXT NOT NULL
)
