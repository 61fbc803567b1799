package com.marginportal.client;

import com.marginportal.client.segment.ClientSegmentSql;
import com.marginportal.client.segment.SqlFragment;
import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditText;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.DataScope;
import com.marginportal.security.Role;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions managers (and admins) apply to the filtered client list at once. Every rule is checked here, on the
 * server: the caller's role, that the set lies in the caller's scope (it is built from the scope), and that the
 * target advisor is active and belongs to the clients' branch. A reassignment publishes {@link ClientsReassigned} in its
 * transaction: the clients' cases in handling and their tasks go with them (the workflow's rule), and so do their open
 * service requests and planned contacts (the client service's).
 * JdbcClient, not JPA: one set-based UPDATE over the filtered, scoped client list, and counts of that set.
 */
@Service
public class ClientBulkActions {

    private final JdbcClient jdbc;
    private final ObjectProvider<ClientSegmentSql> segments;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    ClientBulkActions(JdbcClient jdbc, ObjectProvider<ClientSegmentSql> segments, CurrentUser currentUser,
                      UserDirectory users, AuditLog auditLog, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.segments = segments;
        this.currentUser = currentUser;
        this.users = users;
        this.auditLog = auditLog;
    }

    /**
     * Gives every client of the caller's scope that matches the filter to the advisor, all or nothing, with one
     * audit entry. @return how many clients the advisor now holds from this set
     * @throws BulkActionRejected when a rule is not met; nothing has changed then
     */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional
    public long reassignAdvisor(ClientFilter filter, long advisorId) {
        DataScope scope = currentUser.scope();
        UserAccount advisor = users.user(advisorId)
                .filter(u -> u.role() == Role.ADVISOR && u.branchId() != null)
                .orElseThrow(() -> new BulkActionRejected(BulkActionRejected.Problem.NOT_AN_ADVISOR, "user " + advisorId));
        if (!advisor.enabled()) {
            throw new BulkActionRejected(BulkActionRejected.Problem.ADVISOR_INACTIVE, advisor.username());
        }
        if (!scope.permitsBranch(advisor.branchId())) {
            throw new BulkActionRejected(BulkActionRejected.Problem.ADVISOR_OF_OTHER_BRANCH, advisor.username());
        }
        SqlFragment where = ClientQuery.where(scope, filter, segments.getIfAvailable());
        List<Long> clients = jdbc.sql("SELECT c.id FROM client c WHERE " + where.sql())
                .params(where.params()).query(Long.class).list();
        long total = clients.size();
        if (total == 0) {
            throw new BulkActionRejected(BulkActionRejected.Problem.NO_CLIENTS, filter.describe());
        }
        long elsewhere = jdbc.sql("SELECT COUNT(*) FROM client c WHERE " + where.sql() + " AND c.branch_id <> :targetBranch")
                .params(where.params()).param("targetBranch", advisor.branchId()).query(Long.class).single();
        if (elsewhere > 0) {
            throw new BulkActionRejected(BulkActionRejected.Problem.CLIENTS_OF_OTHER_BRANCHES,
                    elsewhere + " of " + total + " outside branch " + advisor.branchId());
        }
        // the branch guard again in the UPDATE: a client moved meanwhile is not touched, and the count tells
        int updated = jdbc.sql("UPDATE client c SET advisor_id = :target WHERE " + where.sql()
                        + " AND c.branch_id = :targetBranch")
                .params(where.params()).param("target", advisorId).param("targetBranch", advisor.branchId()).update();
        if (updated != total) {
            throw new BulkActionRejected(BulkActionRejected.Problem.CHANGED_MEANWHILE, updated + " ≠ " + total);
        }
        events.publishEvent(new ClientsReassigned(clients.stream()
                .map(id -> new ClientsReassigned.Move(id, advisor.branchId(), advisorId)).toList()));
        auditLog.record("CLIENTS_REASSIGNED", "ADVISOR", String.valueOf(advisorId),
                AuditText.of("clientsReassigned", updated, advisor.username(), advisor.branchId(), filter.auditFields()));
        return updated;
    }
}
