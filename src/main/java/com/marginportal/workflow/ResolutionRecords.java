package com.marginportal.workflow;

import java.util.List;
import java.util.Optional;

import com.marginportal.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resolution records as users may see them: advisor own clients, manager branch, admin all. */
@Service
@Transactional(readOnly = true)
public class ResolutionRecords {

    private final ResolutionStore store;
    private final CurrentUser currentUser;

    ResolutionRecords(ResolutionStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /** Empty while the case is open, or when it lies outside the caller's scope. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public Optional<ResolutionRecord> forCase(long caseId) {
        return store.find(caseId, currentUser.scope());
    }

    /** The client's records, newest first (for the 360 view). */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public List<ResolutionRecord> forClient(long clientId) {
        return store.forClient(clientId, currentUser.scope());
    }
}
