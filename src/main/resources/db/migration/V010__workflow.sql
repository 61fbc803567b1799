-- Breach workflow: one process per risk case, contact records, liquidation hand-offs and resolution records.
-- Portable SQL: MariaDB 10.11 and H2 (regular mode). DATETIME(6) columns hold UTC.

-- The idempotency guard: a case gets at most one process (insert first, a duplicate key means "already started").
CREATE TABLE case_process (
    case_id              BIGINT       NOT NULL PRIMARY KEY,
    process_instance_id  VARCHAR(64)  NULL,
    started_at           DATETIME(6)  NOT NULL
);

-- Every contact attempt an advisor records on a contact task.
CREATE TABLE case_contact (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    attempt_no      INT           NOT NULL,
    channel         VARCHAR(20)   NOT NULL,
    reached         BOOLEAN       NOT NULL,
    plan            VARCHAR(30)   NULL,
    promised_date   DATE          NULL,
    note            VARCHAR(1000) NULL,
    recorded_by     VARCHAR(50)   NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL
);
CREATE INDEX ix_case_contact_case ON case_contact (case_id, id);

-- The hand-off of a forced liquidation to the trading system (written once per case).
CREATE TABLE liquidation_handoff (
    case_id          BIGINT        NOT NULL PRIMARY KEY,
    account_id       BIGINT        NOT NULL,
    shortfall        DECIMAL(18,2) NULL,
    decided_by       VARCHAR(50)   NOT NULL,
    reason           VARCHAR(1000) NULL,
    created_at       DATETIME(6)   NOT NULL
);

-- How a case ended. Insert only: never updated, never deleted.
CREATE TABLE resolution_record (
    case_id          BIGINT        NOT NULL PRIMARY KEY,
    account_id       BIGINT        NOT NULL,
    client_id        BIGINT        NOT NULL,
    branch_id        BIGINT        NOT NULL,
    advisor_id       BIGINT        NULL,
    outcome          VARCHAR(30)   NOT NULL,
    final_level      VARCHAR(20)   NOT NULL,
    decided_by       VARCHAR(50)   NULL,
    reason           VARCHAR(1000) NULL,
    ratio_at_open    DECIMAL(12,4) NULL,
    ratio_at_end     DECIMAL(12,4) NULL,
    extensions       INT           NOT NULL,
    notice_ids       VARCHAR(500)  NOT NULL,
    timeline         MEDIUMTEXT    NOT NULL,
    contacts         MEDIUMTEXT    NOT NULL,
    process_instance_id VARCHAR(64) NOT NULL,
    opened_at        DATETIME(6)   NULL,
    resolved_at      DATETIME(6)   NOT NULL
);
CREATE INDEX ix_resolution_record_client ON resolution_record (client_id);
