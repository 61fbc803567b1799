package com.marginportal.service;

import static com.marginportal.UtcColumns.instant;
import static com.marginportal.UtcColumns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.marginportal.client.ContactStatus;
import com.marginportal.security.DataScope;
import com.marginportal.security.ScopeCondition;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * contact_task rows. open_client_id (= client_id while OPEN, NULL afterwards) with the unique key (plan_id,
 * open_client_id) makes "one open task per plan and client" hold even when two runs race.
 */
@Repository
class ContactTaskStore {

    private static final int LIST_LIMIT = 500;
    private static final String SELECT = "SELECT t.*, p.name AS plan_name FROM contact_task t JOIN contact_plan p ON p.id = t.plan_id";

    private final JdbcClient jdbc;

    ContactTaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the client already has an open task of the plan */
    boolean open(long planId, ContactStatus client, Instant now, Instant due) {
        try {
            jdbc.sql("""
                    INSERT INTO contact_task (plan_id, client_id, open_client_id, branch_id, advisor_id, status,
                           last_contact_at, created_at, due_at) VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
                    .params(planId, client.clientId(), client.clientId(), client.branchId(), client.advisorId(),
                            utc(client.lastReachedContact()), utc(now), utc(due))
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyOpen) {
            return false;
        }
    }

    /** The open task ids of a plan, by client. */
    Map<Long, Long> openByClient(long planId) {
        Map<Long, Long> open = new HashMap<>();
        jdbc.sql("SELECT client_id, id FROM contact_task WHERE plan_id = ? AND status = 'OPEN'").param(planId)
                .query(rs -> {
                    open.put(rs.getLong(1), rs.getLong(2));
                });
        return open;
    }

    int cancel(Collection<Long> taskIds, Instant now) {
        int cancelled = 0;
        List<Long> ids = List.copyOf(taskIds);
        for (int from = 0; from < ids.size(); from += 500) {
            cancelled += jdbc.sql("""
                    UPDATE contact_task SET status = 'CANCELLED', open_client_id = NULL, closed_at = :now, closed_by = 'system',
                           version = version + 1
                     WHERE id IN (:ids) AND status = 'OPEN'""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500))).param("now", utc(now)).update();
        }
        return cancelled;
    }

    /** Open tasks whose client was reached meanwhile (by another contact): done, by the system. */
    int fulfilled(Collection<Long> taskIds, Instant now) {
        int done = 0;
        List<Long> ids = List.copyOf(taskIds);
        for (int from = 0; from < ids.size(); from += 500) {
            done += jdbc.sql("""
                    UPDATE contact_task SET status = 'DONE', open_client_id = NULL, closed_at = :now, closed_by = 'system',
                           version = version + 1
                     WHERE id IN (:ids) AND status = 'OPEN'""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500))).param("now", utc(now)).update();
        }
        return done;
    }

    /** The client's other open tasks (other plans) are fulfilled by the contact just recorded. */
    int fulfilOthers(ContactTask t, long contactId, Instant now, String by) {
        return jdbc.sql("""
                UPDATE contact_task SET status = 'DONE', open_client_id = NULL, closed_at = ?, closed_by = ?,
                       contact_id = ?, version = version + 1
                 WHERE client_id = ? AND status = 'OPEN' AND id <> ?""")
                .params(utc(now), by, contactId, t.clientId(), t.id()).update();
    }

    Optional<ContactTask> find(long id, DataScope scope) {
        return query("t.id = :id", Map.of("id", id), scope).stream().findFirst();
    }

    List<ContactTask> open(DataScope scope) {
        return query("t.status = 'OPEN'", Map.of(), scope);
    }

    long countOpen(DataScope scope) {
        ScopeCondition s = scope.heldRows("t");
        return jdbc.sql("SELECT COUNT(*) FROM contact_task t WHERE t.status = 'OPEN'" + s.and())
                .params(s.params()).query(Long.class).single();
    }

    List<ContactTask> forClient(long clientId, DataScope scope) {
        return query("t.client_id = :client", Map.of("client", clientId), scope);
    }

    boolean attempt(ContactTask t) {
        return jdbc.sql("UPDATE contact_task SET attempts = attempts + 1, version = version + 1 WHERE id = ? AND version = ? AND status = 'OPEN'")
                .params(t.id(), t.version()).update() == 1;
    }

    boolean done(ContactTask t, long contactId, Instant now, String by) {
        return jdbc.sql("""
                UPDATE contact_task SET status = 'DONE', open_client_id = NULL, attempts = attempts + 1, closed_at = ?,
                       closed_by = ?, contact_id = ?, version = version + 1
                 WHERE id = ? AND version = ? AND status = 'OPEN'""")
                .params(utc(now), by, contactId, t.id(), t.version()).update() == 1;
    }

    private List<ContactTask> query(String condition, Map<String, Object> params, DataScope scope) {
        ScopeCondition s = scope.heldRows("t");
        return jdbc.sql(SELECT + " WHERE " + condition + s.and() + " ORDER BY t.due_at, t.id LIMIT " + LIST_LIMIT)
                .params(params).params(s.params()).query((rs, i) -> row(rs)).list();
    }

    private static ContactTask row(ResultSet rs) throws SQLException {
        return new ContactTask(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_name"),
                rs.getLong("client_id"), rs.getLong("branch_id"), rs.getObject("advisor_id", Long.class),
                ContactTask.Status.valueOf(rs.getString("status")), instant(rs, "last_contact_at"),
                instant(rs, "created_at"), instant(rs, "due_at"), rs.getInt("attempts"), instant(rs, "closed_at"),
                rs.getString("closed_by"), rs.getObject("contact_id", Long.class), rs.getInt("version"));
    }
}
