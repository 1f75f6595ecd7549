-- Version 2 (PostgreSQL): see ../002_fingerprints.sql.

CREATE TABLE fingerprints (
    fingerprint  TEXT PRIMARY KEY,
    provider     TEXT NOT NULL,
    model        TEXT NOT NULL,
    temperature  DOUBLE PRECISION NOT NULL DEFAULT 0,
    system_prompt TEXT NOT NULL DEFAULT '',
    user_prompt  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
)
--;
CREATE INDEX scores_by_fingerprint ON scores(fingerprint, status)
