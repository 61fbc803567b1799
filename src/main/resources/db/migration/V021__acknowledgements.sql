-- Acknowledgement of risk notices and periodic report e-mails.
-- Portable SQL: MariaDB 10.11 and H2 (regular and MariaDB mode). DATETIME(6) columns hold UTC.

-- Periodic reports go through the notification outbox but belong to no risk case: case_id becomes nullable.
-- MariaDB changes nullability with MODIFY, H2's regular mode only with ALTER COLUMN, so the column is rebuilt
-- with statements both accept (its index goes and comes back with it).
ALTER TABLE notification ADD COLUMN case_ref BIGINT NULL;
UPDATE notification SET case_ref = case_id;
DROP INDEX ix_notification_case ON notification;
ALTER TABLE notification DROP COLUMN case_id;
ALTER TABLE notification RENAME COLUMN case_ref TO case_id;
CREATE INDEX ix_notification_case ON notification (case_id, id);

-- The client's acknowledgement as the case (workflow side) keeps it: one row per acknowledged notice, written
-- by the breach process's "record acknowledgement" step (or directly when the process has already ended).
-- notification.acknowledged_at (V005) is the notice's own mark; single use rests on it being set only once.
CREATE TABLE case_acknowledgement (
    notice_id        BIGINT       NOT NULL PRIMARY KEY,
    case_id          BIGINT       NOT NULL,
    notice_type      VARCHAR(20)  NOT NULL,
    acknowledged_at  DATETIME(6)  NOT NULL,
    recorded_at      DATETIME(6)  NOT NULL
);
CREATE INDEX ix_case_acknowledgement_case ON case_acknowledgement (case_id, acknowledged_at);

-- Opt-in of a client to the monthly report e-mail (advisory service for passive clients); off unless asked for.
ALTER TABLE client ADD COLUMN periodic_report BOOLEAN NOT NULL DEFAULT FALSE;

-- Months whose report run went through every opted-in client (the daily check then does nothing more).
CREATE TABLE periodic_report_run (
    period        CHAR(7)      NOT NULL PRIMARY KEY,
    completed_at  DATETIME(6)  NOT NULL,
    reports       INT          NOT NULL
);
