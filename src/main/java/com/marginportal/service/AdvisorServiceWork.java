package com.marginportal.service;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client-service work an advisor holds: service requests not yet done and open contact-plan tasks. When an
 * advisor leaves, this work moves with their clients, so nothing waits on a disabled account.
 * JdbcClient, not JPA: counts and one set-based UPDATE per table hand an advisor's open work over.
 */
@Service
public class AdvisorServiceWork {

    /** Open service requests and open contact tasks. */
    public record Held(long requests, long contactTasks) {

        public static final Held NONE = new Held(0, 0);

        public boolean isEmpty() {
            return requests == 0 && contactTasks == 0;
        }
    }

    private final JdbcClient jdbc;

    AdvisorServiceWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public Held heldBy(long advisorId) {
        return new Held(
                jdbc.sql("SELECT COUNT(*) FROM service_request WHERE advisor_id = ? AND status <> 'DONE'")
                        .param(advisorId).query(Long.class).single(),
                jdbc.sql("SELECT COUNT(*) FROM contact_task WHERE advisor_id = ? AND status = 'OPEN'")
                        .param(advisorId).query(Long.class).single());
    }

    /**
     * Gives every open request and contact task of one advisor to another, within the caller's transaction (the
     * handover's, so clients, cases and this work move together or not at all, under its one audit entry). Versions are bumped so that an
     * edit begun on the old holder's screen is refused rather than silently overwriting.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public Held moveAll(long fromAdvisorId, long toAdvisorId) {
        int requests = jdbc.sql("""
                        UPDATE service_request SET advisor_id = ?, version = version + 1
                         WHERE advisor_id = ? AND status <> 'DONE'""")
                .params(toAdvisorId, fromAdvisorId).update();
        int tasks = jdbc.sql("""
                        UPDATE contact_task SET advisor_id = ?, version = version + 1
                         WHERE advisor_id = ? AND status = 'OPEN'""")
                .params(toAdvisorId, fromAdvisorId).update();
        return new Held(requests, tasks);
    }
}
