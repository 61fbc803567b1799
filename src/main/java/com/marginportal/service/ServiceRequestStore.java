package com.marginportal.service;

import static com.marginportal.UtcColumns.instant;
import static com.marginportal.UtcColumns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import com.marginportal.client.ClientRef;
import com.marginportal.security.DataScope;
import com.marginportal.security.ScopeCondition;
import com.marginportal.service.domain.Closing;
import com.marginportal.service.domain.NewRequest;
import com.marginportal.service.domain.RequestStatus;
import com.marginportal.service.domain.RequestType;
import com.marginportal.service.domain.ServiceChannel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** service_request rows; every read of users' data takes their scope. Status changes are guarded by the version. */
@Repository
class ServiceRequestStore {

    private static final int LIST_LIMIT = 500;

    private final JdbcClient jdbc;

    ServiceRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewRequest request, ClientRef client, Instant dueAt, Instant now, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO service_request (client_id, branch_id, advisor_id, request_type, channel, content, status,
                       due_at, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(client.id(), client.branchId(), client.advisorId(), request.type().name(),
                        request.channel().name(), request.content(), RequestStatus.OPEN.name(), utc(dueAt), utc(now), by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<ServiceRequest> find(long id, DataScope scope) {
        return query("r.id = :id", Map.of("id", id), scope, "r.id").stream().findFirst();
    }

    /** Requests not yet done, soonest due first. */
    List<ServiceRequest> open(DataScope scope) {
        return query("r.status <> 'DONE'", Map.of(), scope, "r.due_at, r.id");
    }

    List<ServiceRequest> overdue(DataScope scope, Instant now) {
        return query("r.status <> 'DONE' AND r.due_at < :now", Map.of("now", utc(now)), scope, "r.due_at, r.id");
    }

    long countOpen(DataScope scope) {
        return count("r.status <> 'DONE'", Map.of(), scope);
    }

    long countOverdue(DataScope scope, Instant now) {
        return count("r.status <> 'DONE' AND r.due_at < :now", Map.of("now", utc(now)), scope);
    }

    List<ServiceRequest> forClient(long clientId, DataScope scope) {
        return query("r.client_id = :client", Map.of("client", clientId), scope, "r.created_at DESC, r.id DESC");
    }

    /** @param next the status the domain allows next (checked before: this class only writes) */
    boolean start(ServiceRequest r, RequestStatus next, Instant now, String by) {
        return jdbc.sql("""
                UPDATE service_request SET status = ?, started_at = ?, started_by = ?, version = version + 1
                 WHERE id = ? AND version = ? AND status = ?""")
                .params(next.name(), utc(now), by, r.id(), r.version(), r.status().name())
                .update() == 1;
    }

    boolean close(ServiceRequest r, RequestStatus next, Closing closing, Instant now, String by) {
        return jdbc.sql("""
                UPDATE service_request SET status = ?, closed_at = ?, closed_by = ?, satisfaction = ?, resolution = ?,
                       version = version + 1
                 WHERE id = ? AND version = ? AND status = ?""")
                .params(next.name(), utc(now), by, closing.satisfaction(), closing.resolution(), r.id(),
                        r.version(), r.status().name())
                .update() == 1;
    }

    /** Overdue requests nobody was told about yet (system: every branch). */
    List<ServiceRequest> overdueNotEscalated(Instant now, int limit) {
        return jdbc.sql("SELECT * FROM service_request WHERE status <> 'DONE' AND due_at < ? AND escalated_at IS NULL"
                        + " ORDER BY due_at, id LIMIT " + limit)
                .param(utc(now)).query((rs, i) -> row(rs)).list();
    }

    /** True for the one caller that marks it (several nodes may look at the same time). */
    boolean markEscalated(long id, Instant now) {
        return jdbc.sql("UPDATE service_request SET escalated_at = ? WHERE id = ? AND escalated_at IS NULL")
                .params(utc(now), id).update() == 1;
    }

    private List<ServiceRequest> query(String condition, Map<String, Object> params, DataScope scope, String order) {
        ScopeCondition s = scope.heldRows("r");
        return jdbc.sql("SELECT r.* FROM service_request r WHERE " + condition + s.and()
                        + " ORDER BY " + order + " LIMIT " + LIST_LIMIT)
                .params(params).params(s.params()).query((rs, i) -> row(rs)).list();
    }

    private long count(String condition, Map<String, Object> params, DataScope scope) {
        ScopeCondition s = scope.heldRows("r");
        return jdbc.sql("SELECT COUNT(*) FROM service_request r WHERE " + condition + s.and())
                .params(params).params(s.params()).query(Long.class).single();
    }

    private static ServiceRequest row(ResultSet rs) throws SQLException {
        return new ServiceRequest(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("branch_id"),
                rs.getObject("advisor_id", Long.class), RequestType.valueOf(rs.getString("request_type")),
                ServiceChannel.valueOf(rs.getString("channel")), rs.getString("content"),
                RequestStatus.valueOf(rs.getString("status")), instant(rs, "due_at"), instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "started_at"), rs.getString("started_by"),
                instant(rs, "closed_at"), rs.getString("closed_by"), rs.getObject("satisfaction", Integer.class),
                rs.getString("resolution"), instant(rs, "escalated_at"), rs.getInt("version"));
    }
}
