package com.marginportal.classification;

import java.util.List;

import com.marginportal.classification.domain.Reason;
import com.marginportal.client.ClientDirectory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** A client's suitability issues (适当性) for the 360 view; the list filters by the same stored result. */
@Service
public class SuitabilityService {

    private final ClientDirectory clients;
    private final SuitabilityStore store;

    SuitabilityService(ClientDirectory clients, SuitabilityStore store) {
        this.clients = clients;
        this.store = store;
    }

    /** Every failed eligibility rule as a reason; empty when suitable, unchecked or outside the caller's scope. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public List<Reason> issuesOf(long clientId) {
        if (clients.clientNames(List.of(clientId)).isEmpty()) {
            return List.of();
        }
        return store.issuesOf(clientId);
    }
}
