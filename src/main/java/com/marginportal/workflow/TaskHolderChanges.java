package com.marginportal.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.marginportal.UtcColumns;

import org.flowable.task.api.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every change of who holds an open breach task — claimed from the pool, returned to it, given to another advisor —
 * written in the changer's transaction. The engine keeps only the current assignee and the last claim; the case
 * history reads who held the task when from here ({@link CaseHistories}).
 *
 * JdbcClient, not JPA: an append-only log, one INSERT beside an engine command and one ordered list per case, read
 * with the case's other history rows ({@link CaseHistoryRows}).
 */
@Component
class TaskHolderChanges {

    enum Kind { CLAIMED, RETURNED, GIVEN }

    /** One change; {@code from}/{@code to} null for the group's pool, {@code by} a username or "system". */
    record Change(String taskId, String taskKey, Kind kind, String from, String to, String by, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    TaskHolderChanges(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A change of the case's task, as its changer saw the task just before. */
    void record(long caseId, Task task, Kind kind, String from, String to, String by) {
        jdbc.sql("""
                INSERT INTO task_holder_change (case_id, task_id, task_key, kind, from_user, to_user, changed_by, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, task.getId(), task.getTaskDefinitionKey(),
                        kind.name(), from, to, by, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    /** The case's changes, oldest first. */
    List<Change> of(long caseId) {
        return jdbc.sql("SELECT * FROM task_holder_change WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, i) -> new Change(rs.getString("task_id"), rs.getString("task_key"),
                        Kind.valueOf(rs.getString("kind")), rs.getString("from_user"), rs.getString("to_user"),
                        rs.getString("changed_by"), UtcColumns.instant(rs, "changed_at")))
                .list();
    }
}
