-- Client archive, users and reference data.
-- Portable SQL: runs unchanged on MariaDB 10.11 and on the embedded H2 (regular mode).
-- Externally numbered things (clients, accounts, securities) keep the core system's numbers as keys,
-- so imports can upsert by natural key.

CREATE TABLE branch (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    city        VARCHAR(50)  NOT NULL,
    CONSTRAINT uq_branch_code UNIQUE (code)
);

CREATE TABLE app_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(50)  NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    branch_id       BIGINT       NULL,
    phone           VARCHAR(20)  NULL,
    email           VARCHAR(120) NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
);
CREATE INDEX ix_app_user_branch ON app_user (branch_id, role);

CREATE TABLE client (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    name                  VARCHAR(50)  NOT NULL,
    gender                VARCHAR(1)   NOT NULL,
    birth_date            DATE         NOT NULL,
    id_number             VARCHAR(18)  NOT NULL,
    phone                 VARCHAR(20)  NOT NULL,
    phone_tail            VARCHAR(4)      NOT NULL,
    email                 VARCHAR(120) NULL,
    address               VARCHAR(200) NULL,
    branch_id             BIGINT       NOT NULL,
    advisor_id            BIGINT       NULL,
    risk_tolerance        VARCHAR(2)      NOT NULL,
    investment_preference VARCHAR(20)  NOT NULL,
    investment_horizon    VARCHAR(20)  NOT NULL,
    advisory_agreement    BOOLEAN      NOT NULL DEFAULT FALSE,
    preferred_language    VARCHAR(10)  NOT NULL DEFAULT 'zh-CN',
    trading_since         DATE         NULL,
    opened_on             DATE         NOT NULL,
    status                VARCHAR(12)  NOT NULL DEFAULT 'ACTIVE',
    CONSTRAINT fk_client_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT fk_client_advisor FOREIGN KEY (advisor_id) REFERENCES app_user (id)
);
CREATE INDEX ix_client_branch ON client (branch_id);
CREATE INDEX ix_client_advisor ON client (advisor_id);
CREATE INDEX ix_client_phone_tail ON client (phone_tail);
CREATE INDEX ix_client_name ON client (name);

CREATE TABLE credit_account (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    client_id               BIGINT        NOT NULL,
    cash                    DECIMAL(18,2) NOT NULL DEFAULT 0,
    interest_and_fees       DECIMAL(18,2) NOT NULL DEFAULT 0,
    credit_limit            DECIMAL(18,2) NOT NULL DEFAULT 0,
    financing_margin_ratio  DECIMAL(6,4)  NOT NULL,
    short_margin_ratio      DECIMAL(6,4)  NOT NULL,
    contract_start          DATE          NOT NULL,
    contract_expiry         DATE          NOT NULL,
    special_warning_line    DECIMAL(7,4)  NULL,
    special_margin_call_line DECIMAL(7,4) NULL,
    special_liquidation_line DECIMAL(7,4) NULL,
    -- latest valuation, recomputed from positions and prices (list sorting and filtering only;
    -- the 360 view always computes live)
    total_assets            DECIMAL(18,2) NOT NULL DEFAULT 0,
    total_debt              DECIMAL(18,2) NOT NULL DEFAULT 0,
    maintenance_ratio       DECIMAL(12,4) NULL,
    valued_at               DATETIME(6)   NULL,
    CONSTRAINT uq_credit_account_client UNIQUE (client_id),
    CONSTRAINT fk_credit_account_client FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX ix_credit_account_ratio ON credit_account (maintenance_ratio);
CREATE INDEX ix_credit_account_assets ON credit_account (total_assets);

CREATE TABLE security (
    code             VARCHAR(12)  NOT NULL PRIMARY KEY,
    name             VARCHAR(50)  NOT NULL,
    board            VARCHAR(12)  NOT NULL,
    security_type    VARCHAR(12)  NOT NULL,
    industry         VARCHAR(30)  NULL,
    index_member     BOOLEAN      NOT NULL DEFAULT FALSE,
    status           VARCHAR(12)  NOT NULL DEFAULT 'NORMAL',
    conversion_rate  DECIMAL(5,4) NOT NULL,
    financing_eligible BOOLEAN    NOT NULL DEFAULT TRUE,
    short_eligible   BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE security_price (
    code        VARCHAR(12)   NOT NULL PRIMARY KEY,
    price       DECIMAL(12,3) NOT NULL,
    price_date  DATE          NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_security_price_security FOREIGN KEY (code) REFERENCES security (code)
);

-- Positions (named holding: POSITION is a function name, reserved under MariaDB's IGNORE_SPACE,
-- which the MariaDB JDBC driver sets). One row per account, security and side. Long rows carry the part bought on credit
-- (financed_quantity / financed_amount = outstanding financing principal);
-- short rows carry the proceeds of the short sale.
CREATE TABLE holding (
    account_id        BIGINT        NOT NULL,
    security_code     VARCHAR(12)   NOT NULL,
    side              VARCHAR(5)    NOT NULL,
    quantity          BIGINT        NOT NULL,
    cost_price        DECIMAL(12,3) NOT NULL,
    financed_quantity BIGINT        NOT NULL DEFAULT 0,
    financed_amount   DECIMAL(18,2) NOT NULL DEFAULT 0,
    short_proceeds    DECIMAL(18,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, security_code, side),
    CONSTRAINT fk_holding_account FOREIGN KEY (account_id) REFERENCES credit_account (id),
    CONSTRAINT fk_holding_security FOREIGN KEY (security_code) REFERENCES security (code)
);

CREATE TABLE trade (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id     BIGINT        NOT NULL,
    security_code  VARCHAR(12)   NOT NULL,
    traded_at      DATETIME(6)   NOT NULL,
    trade_type     VARCHAR(16)   NOT NULL,
    quantity       BIGINT        NOT NULL,
    price          DECIMAL(12,3) NOT NULL,
    amount         DECIMAL(18,2) NOT NULL,
    CONSTRAINT fk_trade_account FOREIGN KEY (account_id) REFERENCES credit_account (id)
);
CREATE INDEX ix_trade_account_time ON trade (account_id, traded_at);

CREATE TABLE contact_record (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id     BIGINT        NOT NULL,
    advisor_id    BIGINT        NULL,
    contacted_at  DATETIME(6)   NOT NULL,
    channel       VARCHAR(12)   NOT NULL,
    direction     VARCHAR(20)   NOT NULL,
    reached       BOOLEAN       NOT NULL,
    subject       VARCHAR(200)  NOT NULL,
    note          VARCHAR(2000) NULL,
    CONSTRAINT fk_contact_client FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX ix_contact_client_time ON contact_record (client_id, contacted_at);

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)   NOT NULL,
    username     VARCHAR(50)   NOT NULL,
    action       VARCHAR(50)   NOT NULL,
    entity_type  VARCHAR(50)   NOT NULL,
    entity_id    VARCHAR(50)   NULL,
    details      VARCHAR(2000) NULL
);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at);
