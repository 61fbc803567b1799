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
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Repository;

/**
 * service_request through its repository; every read of users' data takes their scope (DataScope's JPA predicate).
 * Status changes are guarded by the entity's version.
 */
@Repository
class ServiceRequestStore {

    private static final Sort SOONEST_DUE = Sort.by("dueAt", "id");
    private static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "createdAt", "id");

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

    /** One page of the requests not yet done, soonest due first; {@code dueBefore} null: any due time. */
    List<ServiceRequest> open(DataScope scope, Instant dueBefore, int offset, int limit) {
        return page(open(scope, dueBefore), SOONEST_DUE, offset, limit);
    }

    long countOpen(DataScope scope, Instant dueBefore) {
        return repository.count(open(scope, dueBefore));
    }

    /** One page of the client's requests, newest first. */
    List<ServiceRequest> forClient(long clientId, DataScope scope, int offset, int limit) {
        return page(ofClient(clientId).and(inScope(scope)), NEWEST, offset, limit);
    }

    long countForClient(long clientId, DataScope scope) {
        return repository.count(ofClient(clientId).and(inScope(scope)));
    }

    /**
     * The client's requests that made her latest {@code n} timeline entries (recorded, started, closed): the newest
     * {@code n} of each kind of entry hold them all, whatever request they belong to.
     */
    List<ServiceRequest> latestActivity(long clientId, DataScope scope, int n) {
        Specification<ServiceRequestEntity> mine = ofClient(clientId).and(inScope(scope));
        java.util.Map<Long, ServiceRequest> requests = new java.util.LinkedHashMap<>();
        for (String at : List.of("createdAt", "startedAt", "closedAt")) {
            Specification<ServiceRequestEntity> has = (r, q, cb) -> cb.isNotNull(r.get(at));
            page(mine.and(has), Sort.by(Sort.Direction.DESC, at, "id"), 0, n).forEach(r -> requests.put(r.id(), r));
        }
        return List.copyOf(requests.values());
    }

    /** How many timeline entries the client's requests make: each was recorded, some started, some closed. */
    long countActivity(long clientId, DataScope scope) {
        Specification<ServiceRequestEntity> mine = ofClient(clientId).and(inScope(scope));
        long entries = 0;
        for (String at : List.of("createdAt", "startedAt", "closedAt")) {
            entries += repository.count(mine.and((r, q, cb) -> cb.isNotNull(r.get(at))));
        }
        return entries;
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

    private List<ServiceRequest> page(Specification<ServiceRequestEntity> where, Sort order, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<ServiceRequestEntity> query = cb.createQuery(ServiceRequestEntity.class);
        Root<ServiceRequestEntity> request = query.from(ServiceRequestEntity.class);
        query.where(where.toPredicate(request, query, cb)).orderBy(QueryUtils.toOrders(order, request, cb));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(ServiceRequestEntity::toRequest).toList();
    }

    private static Specification<ServiceRequestEntity> open(DataScope scope, Instant dueBefore) {
        Specification<ServiceRequestEntity> open = notDone().and(inScope(scope));
        return dueBefore == null ? open : open.and(dueBefore(dueBefore));
    }

    private static Specification<ServiceRequestEntity> ofClient(long clientId) {
        return (r, q, cb) -> cb.equal(r.get("clientId"), clientId);
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
