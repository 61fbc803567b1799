-- Every classification pass (full or for some clients), with its progress: the admin's settings view polls the
-- running row (processed / total, ETA) and lists the latest runs. A run's row is updated after every chunk of
-- clients, so a RUNNING row that has not been updated for minutes belongs to a node that stopped.
-- (Column names avoid TRIGGER and other reserved words of MariaDB and H2.)

CREATE TABLE classification_run (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_trigger     VARCHAR(20)   NOT NULL,
    full_pass       BOOLEAN       NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    started_by      VARCHAR(50)   NOT NULL,
    started_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    finished_at     DATETIME(6)   NULL,
    total_clients   INT           NOT NULL,
    processed       INT           NOT NULL DEFAULT 0,
    changed_clients INT           NOT NULL DEFAULT 0,
    detail          VARCHAR(500)  NULL
);
CREATE INDEX ix_classification_run_status ON classification_run (status, updated_at);
