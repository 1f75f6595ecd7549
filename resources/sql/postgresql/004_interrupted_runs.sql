-- Version 4 (PostgreSQL): see ../004_interrupted_runs.sql. PostgreSQL changes the CHECK in place.

ALTER TABLE runs DROP CONSTRAINT runs_state_check
--;
ALTER TABLE runs ADD CONSTRAINT runs_state_check
    CHECK (state IN ('running', 'finished', 'cancelled', 'failed', 'interrupted'))
