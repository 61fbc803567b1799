-- In-app messages: short notes for staff (e.g. "contact overdue") addressed to a group ("branch-1-managers",
-- "risk-office") or one user ("user:advisor1"); read marks per user, since a group message has many readers.

CREATE TABLE in_app_message (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient    VARCHAR(80)   NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    case_id      BIGINT        NULL,
    client_id    BIGINT        NULL,
    client_name  VARCHAR(100)  NULL,
    dedup_key    VARCHAR(120)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uq_in_app_message_dedup UNIQUE (dedup_key)
);
CREATE INDEX ix_in_app_message_recipient ON in_app_message (recipient, id);

CREATE TABLE in_app_message_read (
    message_id   BIGINT        NOT NULL,
    username     VARCHAR(50)   NOT NULL,
    read_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (message_id, username)
);
