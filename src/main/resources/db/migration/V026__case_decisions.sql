-- Breach handling that is provably true: every manager decision on a case (on the decision task or from the
-- board), insert only, so the case history lists each decision with its decider, time and reason; and the
-- decider's display name as it stood when the resolution record was written.
-- Portable SQL: MariaDB 10.11 and H2 (regular mode). DATETIME(6) columns hold UTC.
CREATE TABLE case_decision (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    decision        VARCHAR(30)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    new_deadline    DATETIME(6)   NULL,
    decided_by      VARCHAR(50)   NOT NULL,
    decided_at      DATETIME(6)   NOT NULL
);
CREATE INDEX ix_case_decision_case ON case_decision (case_id, id);

ALTER TABLE resolution_record ADD COLUMN decided_by_name VARCHAR(100) NULL;
