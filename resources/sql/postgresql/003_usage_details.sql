-- Version 3 (PostgreSQL): see ../003_usage_details.sql.

ALTER TABLE runs ADD COLUMN reasoning_tokens BIGINT NOT NULL DEFAULT 0
--;
ALTER TABLE runs ADD COLUMN cache_write_tokens BIGINT NOT NULL DEFAULT 0
--;
UPDATE runs SET prompt_cost = 0 WHERE prompt_cost IS NULL AND prompt_tokens = 0
--;
UPDATE runs SET completion_cost = 0 WHERE completion_cost IS NULL AND completion_tokens = 0
