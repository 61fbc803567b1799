-- Notification feature: the outbox and delivery log of client notices, and every send attempt.
-- Portable SQL: MariaDB 10.11 and H2 (regular mode). DATETIME(6) columns hold UTC.
-- Rendered bodies are MEDIUMTEXT: utf8mb4 VARCHAR stops at 16,383 characters on MariaDB and all
-- VARCHARs of a row share 65,535 bytes; H2 (2.3) reads MEDIUMTEXT as CHARACTER VARYING.

-- One row per notice: what the client was (to be) told, the account figures at that moment, and
-- where delivery stands. Rows are never deleted. dedup_key lets a caller enqueue at most once.
CREATE TABLE notification (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    channel             VARCHAR(10)   NOT NULL,
    notice_type         VARCHAR(20)   NOT NULL,
    status              VARCHAR(10)   NOT NULL,
    case_id             BIGINT        NOT NULL,
    client_id           BIGINT        NOT NULL,
    branch_id           BIGINT        NOT NULL,
    recipient           VARCHAR(254)  NOT NULL,
    recipient_name      VARCHAR(100)  NOT NULL,
    language_tag        VARCHAR(10)   NOT NULL,
    subject             VARCHAR(300)  NOT NULL,
    body_text           MEDIUMTEXT    NOT NULL,
    body_html           MEDIUMTEXT    NOT NULL,
    snapshot            VARCHAR(4000) NOT NULL,
    dedup_key           VARCHAR(100)  NULL,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(50)   NOT NULL,
    next_attempt_at     DATETIME(6)   NULL,
    claimed_at          DATETIME(6)   NULL,
    claim_token         VARCHAR(36)   NULL,
    attempts            INT           NOT NULL DEFAULT 0,
    series_start        INT           NOT NULL DEFAULT 0,
    last_attempt_at     DATETIME(6)   NULL,
    last_error          VARCHAR(1000) NULL,
    sent_at             DATETIME(6)   NULL,
    failed_at           DATETIME(6)   NULL,
    acknowledged_at     DATETIME(6)   NULL,
    CONSTRAINT uq_notification_dedup UNIQUE (dedup_key)
);
CREATE INDEX ix_notification_due ON notification (status, next_attempt_at);
CREATE INDEX ix_notification_case ON notification (case_id, id);
CREATE INDEX ix_notification_client ON notification (client_id, id);
CREATE INDEX ix_notification_branch ON notification (branch_id, status);

-- Every hand-over to the mail server, successful or not.
CREATE TABLE notification_attempt (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notification_id  BIGINT        NOT NULL,
    attempt_no       INT           NOT NULL,
    attempted_at     DATETIME(6)   NOT NULL,
    delivered        BOOLEAN       NOT NULL,
    error_message    VARCHAR(1000) NULL,
    CONSTRAINT fk_notification_attempt FOREIGN KEY (notification_id) REFERENCES notification (id)
);
CREATE INDEX ix_notification_attempt_notice ON notification_attempt (notification_id, id);
