-- Client service (service feature): service requests, contact plans and the contact tasks they create;
-- plus the history of classification changes (classification feature), which the client timeline shows.
-- Portable SQL: MariaDB 10.11 and H2. DATETIME(6) columns hold UTC.

-- A client's request or feedback, handled by the responsible advisor (the client's advisor when it was recorded).
-- OPEN → IN_PROGRESS → DONE; a DONE row is never changed again. escalated_at marks the one overdue message
-- to the branch managers.
CREATE TABLE service_request (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id      BIGINT        NOT NULL,
    branch_id      BIGINT        NOT NULL,
    advisor_id     BIGINT        NULL,
    request_type   VARCHAR(20)   NOT NULL,
    channel        VARCHAR(12)   NOT NULL,
    content        VARCHAR(2000) NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    due_at         DATETIME(6)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(50)   NOT NULL,
    started_at     DATETIME(6)   NULL,
    started_by     VARCHAR(50)   NULL,
    closed_at      DATETIME(6)   NULL,
    closed_by      VARCHAR(50)   NULL,
    satisfaction   INT           NULL,
    resolution     VARCHAR(2000) NULL,
    escalated_at   DATETIME(6)   NULL,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_service_request_client FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX ix_service_request_client ON service_request (client_id, id);
CREATE INDEX ix_service_request_advisor ON service_request (advisor_id, status);
CREATE INDEX ix_service_request_due ON service_request (status, due_at);
CREATE INDEX ix_service_request_branch ON service_request (branch_id, status, due_at);

-- Regular communication per segment: clients whose effective classification <dimension> is <dimension_value>
-- (and, optionally, whose maintenance ratio is below ratio_below) are contacted every interval_days.
CREATE TABLE contact_plan (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(100)  NOT NULL,
    dimension        VARCHAR(20)   NOT NULL,
    dimension_value  VARCHAR(20)   NOT NULL,
    ratio_below      DECIMAL(7,4)  NULL,
    interval_days    INT           NOT NULL,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    version          INT           NOT NULL DEFAULT 0,
    updated_at       DATETIME(6)   NOT NULL,
    updated_by       VARCHAR(50)   NOT NULL,
    CONSTRAINT uq_contact_plan_name UNIQUE (name)
);

INSERT INTO contact_plan (name, dimension, dimension_value, ratio_below, interval_days, active, updated_at, updated_by)
VALUES ('高净值客户月度沟通', 'ASSET_SCALE', 'HIGH_NET_WORTH', NULL, 30, TRUE, CURRENT_TIMESTAMP, 'system'),
       ('高风险客户周度沟通', 'RISK_LEVEL', 'HIGH', 2.0000, 7, TRUE, CURRENT_TIMESTAMP, 'system');

-- A contact a plan asks for. open_client_id equals client_id while the task is OPEN and is NULL afterwards:
-- the unique key allows one open task per plan and client, whichever number of runs or nodes race.
CREATE TABLE contact_task (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id          BIGINT        NOT NULL,
    client_id        BIGINT        NOT NULL,
    open_client_id   BIGINT        NULL,
    branch_id        BIGINT        NOT NULL,
    advisor_id       BIGINT        NULL,
    status           VARCHAR(12)   NOT NULL,
    last_contact_at  DATETIME(6)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    due_at           DATETIME(6)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    closed_at        DATETIME(6)   NULL,
    closed_by        VARCHAR(50)   NULL,
    contact_id       BIGINT        NULL,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_contact_task_plan FOREIGN KEY (plan_id) REFERENCES contact_plan (id),
    CONSTRAINT uq_contact_task_open UNIQUE (plan_id, open_client_id)
);
CREATE INDEX ix_contact_task_advisor ON contact_task (advisor_id, status);
CREATE INDEX ix_contact_task_branch ON contact_task (branch_id, status);
CREATE INDEX ix_contact_task_client ON contact_task (client_id);

-- Classification feature: every change of a client's class, by recalculation (COMPUTED) or by a manager
-- (OVERRIDE). client_classification and classification_override keep only the current state.
CREATE TABLE classification_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id    BIGINT        NOT NULL,
    dimension    VARCHAR(20)   NOT NULL,
    old_value    VARCHAR(20)   NULL,
    new_value    VARCHAR(20)   NOT NULL,
    source       VARCHAR(10)   NOT NULL,
    changed_by   VARCHAR(50)   NOT NULL,
    reason       VARCHAR(500)  NULL,
    changed_at   DATETIME(6)   NOT NULL
);
CREATE INDEX ix_classification_change_client ON classification_change (client_id, changed_at);

-- Risk feature: the client timeline reads a client's case events (RiskCaseQueries#eventsForClient).
CREATE INDEX ix_risk_case_client ON risk_case (client_id);
