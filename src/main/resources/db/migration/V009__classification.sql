-- Client classification (four dimensions): the thresholds in force, the computed value per client and
-- dimension with its reasons, and manual overrides in a table of their own, so that recalculation
-- (which replaces computed rows freely) can never undo an override. Overrides are audited in audit_entry.

CREATE TABLE classification_thresholds (
    id                           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                      INT           NOT NULL,
    low_financing_ratio          DECIMAL(7,4)  NOT NULL,
    high_financing_ratio         DECIMAL(7,4)  NOT NULL,
    low_volatile_share           DECIMAL(7,4)  NOT NULL,
    high_volatile_share          DECIMAL(7,4)  NOT NULL,
    near_line_margin             DECIMAL(7,4)  NOT NULL,
    comfortable_ratio            DECIMAL(7,4)  NOT NULL,
    short_term_trades_per_month  DECIMAL(9,2)  NOT NULL,
    short_term_holding_days      DECIMAL(9,2)  NOT NULL,
    short_term_monthly_turnover  DECIMAL(9,4)  NOT NULL,
    high_net_worth_assets        DECIMAL(18,2) NOT NULL,
    medium_assets                DECIMAL(18,2) NOT NULL,
    passive_advisor_share        DECIMAL(7,4)  NOT NULL,
    active_trades_per_month      DECIMAL(9,2)  NOT NULL,
    created_at                   DATETIME(6)   NOT NULL,
    created_by                   VARCHAR(50)   NOT NULL,
    CONSTRAINT uq_classification_thresholds_version UNIQUE (version)
);

INSERT INTO classification_thresholds (version, low_financing_ratio, high_financing_ratio, low_volatile_share,
       high_volatile_share, near_line_margin, comfortable_ratio, short_term_trades_per_month, short_term_holding_days,
       short_term_monthly_turnover, high_net_worth_assets, medium_assets, passive_advisor_share,
       active_trades_per_month, created_at, created_by)
VALUES (1, 0.2000, 0.6000, 0.2000, 0.5000, 0.1000, 2.5000, 10, 10, 1.0000, 5000000, 500000, 0.6000, 8,
        CURRENT_TIMESTAMP, 'system');

CREATE TABLE client_classification (
    client_id          BIGINT        NOT NULL,
    dimension          VARCHAR(20)   NOT NULL,
    computed_value     VARCHAR(20)   NOT NULL,
    reasons            VARCHAR(1000) NOT NULL,
    computed_at        DATETIME(6)   NOT NULL,
    thresholds_version INT           NOT NULL,
    PRIMARY KEY (client_id, dimension)
);
CREATE INDEX ix_client_classification_value ON client_classification (dimension, computed_value);

CREATE TABLE classification_override (
    client_id       BIGINT       NOT NULL,
    dimension       VARCHAR(20)  NOT NULL,
    override_value  VARCHAR(20)  NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    overridden_by   VARCHAR(50)  NOT NULL,
    overridden_at   DATETIME(6)  NOT NULL,
    valid_until     DATE         NULL,
    PRIMARY KEY (client_id, dimension)
);
