-- Imports: the log of import batches, and the core system's trade id so trade imports are idempotent.
-- Portable SQL (MariaDB 10.11 and H2 regular mode). Column names avoid built-in function names
-- (ROW_COUNT, CHARSET), which MariaDB reserves under the driver's IGNORE_SPACE mode.

CREATE TABLE import_batch (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(20)   NOT NULL,
    source        VARCHAR(10)   NOT NULL,
    file_name     VARCHAR(255)  NULL,
    charset_name  VARCHAR(40)   NULL,
    status        VARCHAR(12)   NOT NULL,
    row_total     INT           NOT NULL DEFAULT 0,
    error_count   INT           NOT NULL DEFAULT 0,
    detail        VARCHAR(1000) NULL,
    started_at    DATETIME(6)   NOT NULL,
    finished_at   DATETIME(6)   NULL,
    username      VARCHAR(50)   NOT NULL
);
CREATE INDEX ix_import_batch_started ON import_batch (started_at);

-- NULL for trades that did not come from an import (several NULLs are allowed by a unique index).
ALTER TABLE trade ADD COLUMN external_id VARCHAR(40) NULL;
CREATE UNIQUE INDEX uq_trade_external_id ON trade (external_id);
