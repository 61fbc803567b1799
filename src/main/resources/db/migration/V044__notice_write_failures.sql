-- A notice that could not be written (CaseNoticeWriter) is one row of notification, FAILED without content. Its case
-- history must tell what happened to it: each time it could not be written (when, why) and, once a manager's retry
-- wrote it, when it was queued. last_error and failed_at keep only the latest failure, and created_at is the time of
-- the first attempt, so both are recorded here: one row per writing that failed, and the time of the rewrite.
CREATE TABLE notification_write_failure (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notification_id  BIGINT        NOT NULL,
    failed_at        DATETIME(6)   NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_notification_write_failure FOREIGN KEY (notification_id) REFERENCES notification (id)
);
CREATE INDEX ix_notification_write_failure_notice ON notification_write_failure (notification_id, id);

-- When a notice that could not be written was written by a retry and queued; NULL for a notice written at once.
ALTER TABLE notification ADD COLUMN rewritten_at DATETIME(6) NULL;

-- Notices not written before this migration: their latest failure is all that is known.
INSERT INTO notification_write_failure (notification_id, failed_at, reason)
SELECT id, COALESCE(failed_at, created_at), COALESCE(last_error, 'not written')
  FROM notification WHERE subject = '';
