package com.marginportal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.marginportal.client.ClientLookup;
import com.marginportal.client.ClientRef;
import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditText;
import com.marginportal.security.CurrentUser;
import com.marginportal.service.domain.Closing;
import com.marginportal.service.domain.NewRequest;
import com.marginportal.service.domain.RequestClosedException;
import com.marginportal.service.domain.RequestStatus;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients' service requests: recorded by an advisor for a client in their scope, due per type, handled by the
 * client's advisor (OPEN → IN_PROGRESS → DONE with a satisfaction score). Users see and act on the requests of
 * their scope only (advisor: their own, manager: the branch's, admin: all); a request outside it is
 * indistinguishable from one that does not exist. Every change is audited; a DONE request never changes again.
 */
@Service
public class ServiceRequests {

    static final String AUDIT_ENTITY = "SERVICE_REQUEST";

    private final ServiceRequestStore store;
    private final ClientLookup clients;
    private final RequestDueDates dueDates;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ServiceRequests(ServiceRequestStore store, ClientLookup clients, RequestDueDates dueDates, CurrentUser currentUser,
                    AuditLog auditLog, Clock clock) {
        this.store = store;
        this.clients = clients;
        this.dueDates = dueDates;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Records the request for the client's advisor, due per its type. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional
    public ServiceRequest record(NewRequest request) {
        ClientRef client = clients.visible(request.clientId())
                .orElseThrow(() -> new AccessDeniedException("client not found or not permitted"));
        Instant now = clock.instant();
        Instant due = dueDates.request(now, request.type()).toInstant();
        long id = store.insert(request, client, due, now, currentUser.usernameOrSystem());
        auditLog.record("SERVICE_REQUEST_CREATED", AUDIT_ENTITY, Long.toString(id), AuditText.of("serviceRequestCreated",
                client.id(), AuditText.word("requestType." + request.type()),
                AuditText.word("channel." + request.channel()), AuditText.time(due), client.advisorId()));
        return require(id);
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional
    public ServiceRequest start(long id) {
        ServiceRequest r = require(id);
        RequestStatus started = r.status().start();
        if (!store.start(r, started, clock.instant(), currentUser.usernameOrSystem())) {
            throw conflict(id);
        }
        auditLog.record("SERVICE_REQUEST_STARTED", AUDIT_ENTITY, Long.toString(id), AuditText.of("statusChanged",
                AuditText.word("requestStatus." + r.status()), AuditText.word("requestStatus." + started)));
        return require(id);
    }

    /** Closes the request with the client's satisfaction (the {@link Closing} refuses a missing score). */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional
    public ServiceRequest close(long id, Closing closing) {
        ServiceRequest r = require(id);
        RequestStatus closed = r.status().close();
        if (!store.close(r, closed, closing, clock.instant(), currentUser.usernameOrSystem())) {
            throw conflict(id);
        }
        auditLog.record("SERVICE_REQUEST_CLOSED", AUDIT_ENTITY, Long.toString(id), AuditText.of(
                closing.resolution() == null ? "serviceRequestClosed" : "serviceRequestClosedWith",
                AuditText.word("requestStatus." + r.status()), AuditText.word("requestStatus." + closed),
                AuditText.word("satisfaction." + closing.satisfaction()), closing.resolution()));
        return require(id);
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public Optional<ServiceRequest> find(long id) {
        return store.find(id, currentUser.scope());
    }

    /** One page of the requests not yet done in the caller's scope, soonest due first (the list shows them all). */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<ServiceRequest> open(int offset, int limit) {
        return store.open(currentUser.scope(), null, offset, limit);
    }

    /** One page of the requests past their due time and not done: a manager's branch, an admin's all, an advisor's own. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<ServiceRequest> overdue(int offset, int limit) {
        return store.open(currentUser.scope(), clock.instant(), offset, limit);
    }

    /** How many requests are open and overdue in the caller's scope. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public RequestCounts counts() {
        return new RequestCounts(store.countOpen(currentUser.scope(), null),
                store.countOpen(currentUser.scope(), clock.instant()));
    }

    /** How many requests not yet done in the caller's scope are due before the time (the home page's figures). */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public long countDueBefore(Instant time) {
        return store.countOpen(currentUser.scope(), time);
    }

    /** One page of the client's requests in the caller's scope, newest first. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<ServiceRequest> forClient(long clientId, int offset, int limit) {
        return store.forClient(clientId, currentUser.scope(), offset, limit);
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public long countForClient(long clientId) {
        return store.countForClient(clientId, currentUser.scope());
    }

    /** The client's requests behind her latest {@code n} timeline entries, and how many entries they all make. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public Activity activity(long clientId, int n) {
        return new Activity(store.latestActivity(clientId, currentUser.scope(), n),
                store.countActivity(clientId, currentUser.scope()));
    }

    /** @param entries how many timeline entries (recorded, started, closed) the client's requests make in all */
    public record Activity(List<ServiceRequest> latest, long entries) {
    }

    private ServiceRequest require(long id) {
        return store.find(id, currentUser.scope())
                .orElseThrow(() -> new AccessDeniedException("service request not found or not permitted"));
    }

    /** The guarded update missed: closed meanwhile (read-only from now on) or changed by someone else. */
    private RuntimeException conflict(long id) {
        ServiceRequest now = require(id);
        return now.status().isClosed() ? new RequestClosedException()
                : new OptimisticLockingFailureException("service request " + id + " was changed meanwhile");
    }
}
