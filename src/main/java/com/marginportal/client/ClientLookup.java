package com.marginportal.client;

import java.util.Optional;

import com.marginportal.security.CurrentUser;
import com.marginportal.security.DataScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A light, scoped look-up of one client for other features (no valuation, no "client viewed" audit entry, unlike
 * {@link ClientDirectory#profile}): empty when the client does not exist or lies outside the caller's scope. The
 * client is read by its key as a projection; the data scope decides on the row read.
 */
@Service
@Transactional(readOnly = true)
public class ClientLookup {

    private final ClientRepository clients;
    private final CurrentUser currentUser;

    ClientLookup(ClientRepository clients, CurrentUser currentUser) {
        this.clients = clients;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public Optional<ClientRef> visible(long clientId) {
        DataScope scope = currentUser.scope();
        return clients.findRefById(clientId).filter(c -> scope.permits(c.branchId(), c.advisorId()));
    }
}
