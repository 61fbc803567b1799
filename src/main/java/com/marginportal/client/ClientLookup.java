package com.marginportal.client;

import java.util.Optional;

import com.marginportal.security.CurrentUser;
import com.marginportal.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A light, scoped look-up of one client for other features (no valuation, no "client viewed" audit entry, unlike
 * {@link ClientDirectory#profile}): empty when the client does not exist or lies outside the caller's scope.
 * JdbcClient, not JPA: a scoped four-column projection of one client, with no aggregate or audit to load.
 */
@Service
@Transactional(readOnly = true)
public class ClientLookup {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    ClientLookup(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public Optional<ClientRef> visible(long clientId) {
        DataScope scope = currentUser.scope();
        return jdbc.sql("SELECT id, name, branch_id, advisor_id FROM client WHERE id = ?")
                .param(clientId)
                .query((rs, i) -> new ClientRef(rs.getLong("id"), rs.getString("name"), rs.getLong("branch_id"),
                        rs.getObject("advisor_id", Long.class)))
                .optional()
                .filter(c -> scope.permits(c.branchId(), c.advisorId()));
    }
}
