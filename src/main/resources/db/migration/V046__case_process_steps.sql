-- The steps an ended breach process went through (activity and sequence-flow ids, space-separated), written by its
-- last step: the board's case view marks them on the diagram. Processes of the breach definition since issue 14 keep
-- no historic activity instances in Flowable (workflow.BreachHistorySettings); a running process's steps are read from
-- Flowable's runtime, an ended one's from here, and one ended before this column from Flowable's history.
ALTER TABLE case_process ADD COLUMN steps TEXT NULL;
