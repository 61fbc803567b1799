-- Per-case order of notices: a notice made obsolete by a later notice of its case is SUPERSEDED instead of sent
-- (status 'SUPERSEDED' fits notification.status VARCHAR(10)); the delivery log keeps which notice replaced it
-- and when. Portable SQL: MariaDB 10.11 and H2. DATETIME(6) columns hold UTC.
ALTER TABLE notification ADD COLUMN superseded_by BIGINT NULL;
ALTER TABLE notification ADD COLUMN superseded_at DATETIME(6) NULL;
