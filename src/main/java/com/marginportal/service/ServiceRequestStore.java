package com.marginportal.service;

import static com.marginportal.VersionedRows.saved;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.marginportal.client.ClientRef;
import com.marginportal.security.DataScope;
import com.marginportal.service.domain.Closing;
import com.marginportal.service.domain.NewRequest;
import com.marginportal.service.domain.RequestStatus;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Repository;

/**
 * service_request through its repository; every read of users' data takes their scope (DataScope's JPA predicate).
 * Status changes are guarded by the entity's version.
 */
@Repository
class ServiceRequestStore {

    private static final int LIST_LIMIT = 500;
    private static final Sort SOONEST_DUE = Sort.by("dueAt", "id");

    private final ServiceRequestRepository repository;
    private final EntityManager entityManager;

    ServiceRequestStore(ServiceRequestRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    long insert(NewRequest request, ClientRef client, Instant dueAt, Instant now, String by) {
        return repository.saveAndFlush(new ServiceRequestEntity(request, client, dueAt, now, by)).getId();
    }

    Optional<ServiceRequest> find(long id, DataScope scope) {
        return repository.findById(id).filter(r -> scope.permits(r.getBranchId(), r.getAdvisorId()))
                .map(ServiceRequestEntity::toRequest);
    }

    /** Requests not yet done, soonest due first. */
    List<ServiceRequest> open(DataScope scope) {
        return list(notDone().and(inScope(scope)), SOONEST_DUE, LIST_LIMIT);
    }

    List<ServiceRequest> overdue(DataScope scope, Instant now) {
        return list(notDone().and(dueBefore(now)).and(inScope(scope)), SOONEST_DUE, LIST_LIMIT);
    }

    long countOpen(DataScope scope) {
        return repository.count(notDone().and(inScope(scope)));
    }

    long countOverdue(DataScope scope, Instant now) {
        return repository.count(notDone().and(dueBefore(now)).and(inScope(scope)));
    }

    List<ServiceRequest> forClient(long clientId, DataScope scope) {
        Specification<ServiceRequestEntity> ofClient = (r, q, cb) -> cb.equal(r.get("clientId"), clientId);
        return list(ofClient.and(inScope(scope)), Sort.by(Sort.Direction.DESC, "createdAt", "id"), LIST_LIMIT);
    }

    /** @param next the status the domain allows next (checked before: this class only writes) */
    boolean start(ServiceRequest r, RequestStatus next, Instant now, String by) {
        return change(r, e -> e.start(next, now, by));
    }

    boolean close(ServiceRequest r, RequestStatus next, Closing closing, Instant now, String by) {
        return change(r, e -> e.close(next, closing, now, by));
    }

    /** Overdue requests nobody was told about yet (system: every branch). */
    List<ServiceRequest> overdueNotEscalated(Instant now, int limit) {
        Specification<ServiceRequestEntity> notEscalated = (r, q, cb) -> cb.isNull(r.get("escalatedAt"));
        return list(notDone().and(dueBefore(now)).and(notEscalated), SOONEST_DUE, limit);
    }

    /** True for the one caller that marks it (several nodes may look at the same time). */
    boolean markEscalated(long id, Instant now) {
        return repository.markEscalated(id, now) == 1;
    }

    /** @return false when the request changed since {@code read} (or is gone) */
    private boolean change(ServiceRequest read, Consumer<ServiceRequestEntity> change) {
        Optional<ServiceRequestEntity> entity = repository.findById(read.id()).filter(e -> e.isAsRead(read));
        entity.ifPresent(change);
        return entity.isPresent() && saved(repository, entityManager, entity.get());
    }

    private List<ServiceRequest> list(Specification<ServiceRequestEntity> where, Sort order, int limit) {
        return repository.findBy(where, q -> q.sortBy(order).limit(limit).all()).stream()
                .map(ServiceRequestEntity::toRequest).toList();
    }

    private static Specification<ServiceRequestEntity> inScope(DataScope scope) {
        return (r, q, cb) -> scope.predicate(cb, r);
    }

    private static Specification<ServiceRequestEntity> notDone() {
        return (r, q, cb) -> cb.notEqual(r.get("status"), RequestStatus.DONE);
    }

    private static Specification<ServiceRequestEntity> dueBefore(Instant now) {
        return (r, q, cb) -> cb.lessThan(r.get("dueAt"), now);
    }
}
