package com.marginportal.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.marginportal.client.ClientsReassigned;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's open service work follows her advisor (docs/workflow.md, "Who holds a client's service work"): when
 * clients move ({@link ClientsReassigned}: a manager's bulk reassignment, an advisor's handover, an import that names
 * the advisor), their service requests not yet done and their open planned contacts go to each client's advisor and
 * branch in the mover's transaction, or nothing moves. Done work keeps who did it. Nobody gives one request or planned
 * contact to another advisor by hand, so there is no such choice to keep (unlike a case given on the board).
 * Versions are bumped on the rows that move, so an edit begun on the previous holder's screen is refused.
 * JdbcClient, not JPA: one set-based UPDATE per table and destination over many clients at once.
 */
@Component
class ServiceWorkFollowsClients {

    private static final Logger log = LoggerFactory.getLogger(ServiceWorkFollowsClients.class);
    private static final int CHUNK = 1000;

    /** Where the clients went: a bulk move sends all of them to one advisor, an import to a few. */
    private record Destination(long branchId, Long advisorId) {
    }

    private final JdbcClient jdbc;

    ServiceWorkFollowsClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void clientsReassigned(ClientsReassigned event) {
        Map<Destination, List<Long>> byDestination = new LinkedHashMap<>();
        event.moves().forEach(m -> byDestination.computeIfAbsent(new Destination(m.branchId(), m.advisorId()),
                d -> new ArrayList<>()).add(m.clientId()));
        int requests = 0;
        int contacts = 0;
        for (Map.Entry<Destination, List<Long>> e : byDestination.entrySet()) {
            List<Long> ids = e.getValue();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                requests += follow("service_request", "status <> 'DONE'", e.getKey(), chunk);
                contacts += follow("contact_task", "status = 'OPEN'", e.getKey(), chunk);
            }
        }
        if (requests + contacts > 0) {
            log.info("{} open service request(s) and {} planned contact(s) followed their {} reassigned client(s)",
                    requests, contacts, event.moves().size());
        }
    }

    /** Only rows held elsewhere change (and get a new version); the rest are left as they are. */
    private int follow(String table, String open, Destination to, List<Long> clients) {
        String heldElsewhere = to.advisorId() == null ? "advisor_id IS NOT NULL"
                : "(advisor_id IS NULL OR advisor_id <> :advisor)";
        return jdbc.sql("UPDATE " + table + " SET advisor_id = :advisor, branch_id = :branch, version = version + 1"
                        + " WHERE client_id IN (:clients) AND " + open + " AND (" + heldElsewhere
                        + " OR branch_id <> :branch)")
                .param("advisor", to.advisorId()).param("branch", to.branchId()).param("clients", clients).update();
    }
}
