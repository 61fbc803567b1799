-- Valuation runs (client feature) and risk lines, scans and cases (risk feature).
-- Portable SQL: MariaDB 10.11 and H2 (regular mode).

-- One set-based valuation of every credit account; the figures per account are kept per run
-- so the 360 view can show the ratio over time (intraday runs are purged after some days,
-- the last run of each day is kept).
CREATE TABLE valuation_run (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    started_at   DATETIME(6) NOT NULL,
    finished_at  DATETIME(6) NULL,
    accounts     INT         NOT NULL DEFAULT 0
);

CREATE TABLE account_valuation (
    run_id             BIGINT        NOT NULL,
    account_id         BIGINT        NOT NULL,
    cash               DECIMAL(18,2) NOT NULL,
    long_market_value  DECIMAL(18,2) NOT NULL,
    total_assets       DECIMAL(18,2) NOT NULL,
    financing_debt     DECIMAL(18,2) NOT NULL,
    short_liability    DECIMAL(18,2) NOT NULL,
    interest_and_fees  DECIMAL(18,2) NOT NULL,
    total_debt         DECIMAL(18,2) NOT NULL,
    maintenance_ratio  DECIMAL(12,4) NULL,
    available_margin   DECIMAL(18,2) NOT NULL,
    financing_ratio    DECIMAL(12,4) NULL,
    PRIMARY KEY (run_id, account_id),
    CONSTRAINT fk_account_valuation_run FOREIGN KEY (run_id) REFERENCES valuation_run (id)
);
CREATE INDEX ix_account_valuation_account ON account_valuation (account_id, run_id);

-- Line profiles: warning / margin call / immediate liquidation, top-up target and deadline.
-- applies_to_risk_class attaches a stricter profile to a risk class (e.g. HIGH).
CREATE TABLE risk_line_profile (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                   VARCHAR(60)  NOT NULL,
    warning_line           DECIMAL(7,4) NOT NULL,
    margin_call_line       DECIMAL(7,4) NOT NULL,
    liquidation_line       DECIMAL(7,4) NOT NULL,
    top_up_target          DECIMAL(7,4) NOT NULL,
    top_up_deadline_days   INT          NOT NULL,
    financing_ratio_line   DECIMAL(7,4) NULL,
    applies_to_risk_class  VARCHAR(10)  NULL,
    is_default             BOOLEAN      NOT NULL DEFAULT FALSE,
    version                INT          NOT NULL DEFAULT 0,
    updated_at             DATETIME(6)  NOT NULL,
    updated_by             VARCHAR(50)  NOT NULL,
    CONSTRAINT uq_risk_line_profile_name UNIQUE (name),
    CONSTRAINT uq_risk_line_profile_class UNIQUE (applies_to_risk_class)
);

INSERT INTO risk_line_profile (name, warning_line, margin_call_line, liquidation_line, top_up_target,
                               top_up_deadline_days, financing_ratio_line, applies_to_risk_class, is_default,
                               updated_at, updated_by)
VALUES ('默认 Default', 1.4000, 1.3000, 1.1000, 1.4000, 2, NULL, NULL, TRUE, CURRENT_TIMESTAMP, 'system'),
       ('高风险 High risk', 1.5000, 1.3000, 1.2000, 1.5000, 2, 0.6000, 'HIGH', FALSE, CURRENT_TIMESTAMP, 'system');

CREATE TABLE risk_scan (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trigger_type       VARCHAR(12) NOT NULL,
    triggered_by       VARCHAR(50) NOT NULL,
    started_at         DATETIME(6) NOT NULL,
    finished_at        DATETIME(6) NULL,
    valuation_run_id   BIGINT      NULL,
    status             VARCHAR(10) NOT NULL,
    accounts           INT         NOT NULL DEFAULT 0,
    breaches           INT         NOT NULL DEFAULT 0,
    opened             INT         NOT NULL DEFAULT 0,
    escalated          INT         NOT NULL DEFAULT 0,
    restored           INT         NOT NULL DEFAULT 0,
    message            VARCHAR(500) NULL
);

-- One row per breach episode of an account. open_account_id equals account_id while the case is
-- open and is NULL afterwards: the unique index allows one open case per account, whatever
-- number of scans or nodes race to open it.
CREATE TABLE risk_case (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id            BIGINT        NOT NULL,
    open_account_id       BIGINT        NULL,
    client_id             BIGINT        NOT NULL,
    branch_id             BIGINT        NOT NULL,
    advisor_id            BIGINT        NULL,
    level                 VARCHAR(12)   NOT NULL,
    reason                VARCHAR(20)   NOT NULL,
    status                VARCHAR(10)   NOT NULL,
    opened_at             DATETIME(6)   NOT NULL,
    opened_scan_id        BIGINT        NOT NULL,
    last_scan_id          BIGINT        NOT NULL,
    escalated_at          DATETIME(6)   NULL,
    restored_at           DATETIME(6)   NULL,
    ratio_at_open         DECIMAL(12,4) NULL,
    latest_ratio          DECIMAL(12,4) NULL,
    lowest_ratio          DECIMAL(12,4) NULL,
    latest_financing_ratio DECIMAL(12,4) NULL,
    profile_id            BIGINT        NULL,
    warning_line          DECIMAL(7,4)  NOT NULL,
    margin_call_line      DECIMAL(7,4)  NOT NULL,
    liquidation_line      DECIMAL(7,4)  NOT NULL,
    top_up_target         DECIMAL(7,4)  NOT NULL,
    top_up_deadline_days  INT           NOT NULL,
    financing_ratio_line  DECIMAL(7,4)  NULL,
    version               INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_risk_case_open_account UNIQUE (open_account_id)
);
CREATE INDEX ix_risk_case_status_ratio ON risk_case (status, latest_ratio);
CREATE INDEX ix_risk_case_account ON risk_case (account_id);
CREATE INDEX ix_risk_case_branch ON risk_case (branch_id, status);
CREATE INDEX ix_risk_case_advisor ON risk_case (advisor_id, status);

-- What happened to a case and the account figures at that moment.
CREATE TABLE risk_case_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    event_type   VARCHAR(12)   NOT NULL,
    level        VARCHAR(12)   NOT NULL,
    scan_id      BIGINT        NULL,
    ratio        DECIMAL(12,4) NULL,
    snapshot     VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_risk_case_event_case FOREIGN KEY (case_id) REFERENCES risk_case (id)
);
CREATE INDEX ix_risk_case_event_case ON risk_case_event (case_id, id);

-- ShedLock: a scheduled scan runs once per cluster.
CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP(3) NOT NULL,
    locked_at   TIMESTAMP(3) NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);
