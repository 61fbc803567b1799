package com.marginportal.service;

import java.time.Instant;
import java.util.List;

import com.marginportal.client.ClientContactStatus;
import com.marginportal.client.ContactStatus;
import com.marginportal.notification.InAppKind;
import com.marginportal.notification.InAppMessages;
import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditText;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The escalation of a late request: once a request passes its due time, the branch's managers get one in-app message
 * (the bell) and the request is marked escalated; the advisor keeps it. The overdue list itself needs no job: it is a
 * query on the due time, always exact.
 */
@Component
class OverdueRequests {

    private static final Logger log = LoggerFactory.getLogger(OverdueRequests.class);
    private static final int BATCH = 500;

    private final ServiceRequestStore store;
    private final InAppMessages messages;
    private final ClientContactStatus clients;
    private final AuditLog auditLog;
    private final TransactionTemplate tx;

    OverdueRequests(ServiceRequestStore store, InAppMessages messages, ClientContactStatus clients, AuditLog auditLog,
                    TransactionTemplate tx) {
        this.store = store;
        this.messages = messages;
        this.clients = clients;
        this.auditLog = auditLog;
        this.tx = tx;
    }

    /** @return the requests escalated now */
    int escalate(Instant now) {
        List<ServiceRequest> late = store.overdueNotEscalated(now, BATCH);
        int escalated = 0;
        for (ServiceRequest r : late) {
            boolean marked = Boolean.TRUE.equals(tx.execute(s -> {
                if (!store.markEscalated(r.id(), now)) {
                    return false; // another node was first
                }
                String name = clients.of(List.of(r.clientId())).stream().findFirst().map(ContactStatus::name).orElse(null);
                messages.post("branch-" + r.branchId() + "-managers", InAppKind.SERVICE_REQUEST_OVERDUE, null,
                        r.clientId(), name, "service-request-" + r.id() + "-overdue");
                return true;
            }));
            if (marked) {
                escalated++;
                auditLog.recordAs("system", "SERVICE_REQUEST_ESCALATED", ServiceRequests.AUDIT_ENTITY,
                        Long.toString(r.id()), AuditText.of("serviceRequestEscalated", AuditText.time(r.dueAt()), r.branchId()));
            }
        }
        if (escalated > 0) {
            log.info("Escalated {} overdue service requests to their branch managers", escalated);
        }
        return escalated;
    }
}
