-- Version 2: remember what each profile fingerprint stood for, so a digest can show the prompt
-- that was used, and index scores for the per-day queries of the reader.

CREATE TABLE fingerprints (
    fingerprint  TEXT PRIMARY KEY,
    provider     TEXT NOT NULL,
    model        TEXT NOT NULL,
    temperature  REAL NOT NULL DEFAULT 0,
    system_prompt TEXT NOT NULL DEFAULT '',
    user_prompt  TEXT NOT NULL DEFAULT '',      -- the static part, without the papers
    created_at   TEXT NOT NULL
)
--;
CREATE INDEX scores_by_fingerprint ON scores(fingerprint, status)
