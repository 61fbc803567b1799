-- The managers' status board reads one row per case: case_process, kept up to date by a Flowable event listener
-- in the engine's own transaction (current step of the main path, its due time and holder, escalation, the
-- process version, the end). Level, branch, advisor and ratio come live from risk_case.
ALTER TABLE case_process ADD COLUMN current_step VARCHAR(40) NULL;
ALTER TABLE case_process ADD COLUMN step_since DATETIME(6) NULL;
ALTER TABLE case_process ADD COLUMN due_at DATETIME(6) NULL;
ALTER TABLE case_process ADD COLUMN assignee VARCHAR(50) NULL;
ALTER TABLE case_process ADD COLUMN escalated_at DATETIME(6) NULL;
ALTER TABLE case_process ADD COLUMN definition_version INT NULL;
ALTER TABLE case_process ADD COLUMN last_contact_at DATETIME(6) NULL;
ALTER TABLE case_process ADD COLUMN ended_at DATETIME(6) NULL;
CREATE INDEX ix_case_process_instance ON case_process (process_instance_id);
CREATE INDEX ix_case_process_due ON case_process (ended_at, due_at);
CREATE INDEX ix_case_process_step ON case_process (current_step);

-- Managers' notes on a case (the board's case view); insert only.
CREATE TABLE case_note (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    note        VARCHAR(1000) NOT NULL,
    written_by  VARCHAR(50)   NOT NULL,
    written_at  DATETIME(6)   NOT NULL
);
CREATE INDEX ix_case_note_case ON case_note (case_id, id);
