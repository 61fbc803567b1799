-- Accounts and sign-in (issue 12): forced password change, lockout after repeated failures, last sign-in,
-- closed branches, and the failed attempts per address that throttle password guessing across nodes.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN failed_sign_ins INT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until DATETIME(6) NULL;
ALTER TABLE app_user ADD COLUMN last_sign_in_at DATETIME(6) NULL;
ALTER TABLE app_user ADD COLUMN password_changed_at DATETIME(6) NULL;

ALTER TABLE branch ADD COLUMN closed_at DATETIME(6) NULL;

CREATE TABLE sign_in_failure (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    address     VARCHAR(64)  NOT NULL,
    username    VARCHAR(50)  NULL,
    failed_at   DATETIME(6)  NOT NULL
);
CREATE INDEX ix_sign_in_failure_address ON sign_in_failure (address, failed_at);
CREATE INDEX ix_sign_in_failure_time ON sign_in_failure (failed_at);

CREATE INDEX ix_audit_user_time ON audit_entry (username, occurred_at);
CREATE INDEX ix_audit_action_time ON audit_entry (action, occurred_at);
