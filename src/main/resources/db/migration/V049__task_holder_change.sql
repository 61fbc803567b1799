-- Who held a breach task when: every claim, return and hand-over of an open task. The engine keeps only a task's
-- current assignee and its last claim, so the case history could not tell who held the task before, and a case given
-- to another advisor read as if its task had been hers from the start.
CREATE TABLE task_holder_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    task_id     VARCHAR(64)   NOT NULL,
    task_key    VARCHAR(64)   NOT NULL,
    kind        VARCHAR(12)   NOT NULL,
    from_user   VARCHAR(50)   NULL,
    to_user     VARCHAR(50)   NULL,
    changed_by  VARCHAR(50)   NOT NULL,
    changed_at  DATETIME(6)   NOT NULL
);
CREATE INDEX ix_task_holder_change_case ON task_holder_change (case_id, id);
