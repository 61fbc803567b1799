-- Dashboard and exports: the aggregations over a time window (cases opened, records resolved per day, medians
-- per branch and advisor) and the resolution export by date range read these ranges instead of whole tables.
-- (resolved_at, outcome) covers the outcome mix of a window: an index range scan, no row lookups.
-- Portable SQL: MariaDB 10.11 and H2 (regular mode).
CREATE INDEX ix_risk_case_opened ON risk_case (opened_at);
CREATE INDEX ix_resolution_record_resolved ON resolution_record (resolved_at, outcome);
CREATE INDEX ix_resolution_record_branch ON resolution_record (branch_id, resolved_at);
CREATE INDEX ix_case_process_assignee ON case_process (assignee, ended_at, due_at);
