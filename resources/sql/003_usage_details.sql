-- Version 3: what providers bill beyond prompt and completion tokens. Reasoning tokens are part of
-- completion_tokens, cache writes part of prompt_tokens; they are kept apart so the usage table
-- can show them and cache writes can be priced at their own rate.

ALTER TABLE runs ADD COLUMN reasoning_tokens INTEGER NOT NULL DEFAULT 0
--;
ALTER TABLE runs ADD COLUMN cache_write_tokens INTEGER NOT NULL DEFAULT 0
--;
-- A run whose cost was left unknown because a failed batch was stored with an empty usage: the
-- batches that got no reply cost nothing, so the run is priced from the batches that did.
UPDATE runs SET prompt_cost = 0 WHERE prompt_cost IS NULL AND prompt_tokens = 0
--;
UPDATE runs SET completion_cost = 0 WHERE completion_cost IS NULL AND completion_tokens = 0
