-- Segments (classification feature): suitability issues per client, and an index for segment filters.
-- Portable SQL: MariaDB 10.11 and H2.

-- Clients that fail an eligibility rule (适当性), with the reasons as JSON [{key, figures}]. Only flagged
-- clients have a row; the classification pass replaces the rows chunk by chunk like the computed classes.
CREATE TABLE suitability_issue (
    client_id   BIGINT        NOT NULL PRIMARY KEY,
    reasons     VARCHAR(1000) NOT NULL,
    checked_at  DATETIME(6)   NOT NULL
);

-- Segment filters read the overrides in force of one dimension and value (materialized once per statement);
-- the computed side uses ix_client_classification_value (dimension, computed_value) from V009.
CREATE INDEX ix_classification_override_value ON classification_override (dimension, override_value, valid_until);
