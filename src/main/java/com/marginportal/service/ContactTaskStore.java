package com.marginportal.service;

import static com.marginportal.UtcColumns.utc;
import static com.marginportal.VersionedRows.saved;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.marginportal.client.ContactStatus;
import com.marginportal.security.DataScope;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * contact_task rows. An advisor's task is read and changed one at a time through its repository (scope: DataScope's
 * JPA predicate; a contact from a stale read is refused by the version). open_client_id (= client_id while OPEN, NULL
 * afterwards) with the unique key (plan_id, open_client_id) makes "one open task per plan and client" hold even when
 * two runs race.
 * JdbcClient, not JPA, for the plan run: it changes many clients' tasks at once, and a duplicate insert answers false.
 */
@Repository
class ContactTaskStore {

    private final JdbcClient jdbc;
    private final ContactTaskRepository repository;
    private final EntityManager entityManager;

    ContactTaskStore(JdbcClient jdbc, ContactTaskRepository repository, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.entityManager = entityManager;
    }

    /** @return false when the client already has an open task of the plan */
    boolean open(long planId, ContactStatus client, Instant now, Instant due) {
        try {
            jdbc.sql("""
                    INSERT INTO contact_task (plan_id, client_id, open_client_id, branch_id, advisor_id, status,
                           last_contact_at, created_at, due_at) VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
                    .params(planId, client.clientId(), client.clientId(), client.branchId(), client.advisorId(),
                            utc(client.lastReachedContact()), utc(now), utc(due))
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyOpen) {
            return false;
        }
    }

    /** The open task ids of a plan, by client. */
    Map<Long, Long> openByClient(long planId) {
        Map<Long, Long> open = new HashMap<>();
        jdbc.sql("SELECT client_id, id FROM contact_task WHERE plan_id = ? AND status = 'OPEN'").param(planId)
                .query(rs -> {
                    open.put(rs.getLong(1), rs.getLong(2));
                });
        return open;
    }

    int cancel(Collection<Long> taskIds, Instant now) {
        int cancelled = 0;
        List<Long> ids = List.copyOf(taskIds);
        for (int from = 0; from < ids.size(); from += 500) {
            cancelled += jdbc.sql("""
                    UPDATE contact_task SET status = 'CANCELLED', open_client_id = NULL, closed_at = :now, closed_by = 'system',
                           version = version + 1
                     WHERE id IN (:ids) AND status = 'OPEN'""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500))).param("now", utc(now)).update();
        }
        return cancelled;
    }

    /** Open tasks whose client was reached meanwhile (by another contact): done, by the system. */
    int fulfilled(Collection<Long> taskIds, Instant now) {
        int done = 0;
        List<Long> ids = List.copyOf(taskIds);
        for (int from = 0; from < ids.size(); from += 500) {
            done += jdbc.sql("""
                    UPDATE contact_task SET status = 'DONE', open_client_id = NULL, closed_at = :now, closed_by = 'system',
                           version = version + 1
                     WHERE id IN (:ids) AND status = 'OPEN'""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500))).param("now", utc(now)).update();
        }
        return done;
    }

    /** The client's other open tasks (other plans) are fulfilled by the contact just recorded. */
    int fulfilOthers(ContactTask t, long contactId, Instant now, String by) {
        return jdbc.sql("""
                UPDATE contact_task SET status = 'DONE', open_client_id = NULL, closed_at = ?, closed_by = ?,
                       contact_id = ?, version = version + 1
                 WHERE client_id = ? AND status = 'OPEN' AND id <> ?""")
                .params(utc(now), by, contactId, t.clientId(), t.id()).update();
    }

    Optional<ContactTask> find(long id, DataScope scope) {
        return repository.findById(id).filter(t -> scope.permits(t.getBranchId(), t.getAdvisorId()))
                .map(ContactTaskEntity::toTask);
    }

    /**
     * One page of the open tasks the filter selects, soonest due first: the lists read them as they scroll, every one
     * of them. {@code caller}: the caller's user id, for the filter's holder.
     */
    List<ContactTask> open(DataScope scope, ContactTaskFilter filter, long caller, int offset, int limit) {
        if (limit <= 0 || filter.clientIds() != null && filter.clientIds().isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<ContactTaskEntity> query = cb.createQuery(ContactTaskEntity.class);
        Root<ContactTaskEntity> task = query.from(ContactTaskEntity.class);
        query.where(open(scope, filter, caller).toPredicate(task, query, cb))
                .orderBy(cb.asc(task.get("dueAt")), cb.asc(task.get("id")));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(ContactTaskEntity::toTask).toList();
    }

    long countOpen(DataScope scope, ContactTaskFilter filter, long caller) {
        return filter.clientIds() != null && filter.clientIds().isEmpty() ? 0
                : repository.count(open(scope, filter, caller));
    }

    /** The client's tasks of every state (a client has a few per plan and year), soonest due first. */
    List<ContactTask> forClient(long clientId, DataScope scope) {
        Specification<ContactTaskEntity> ofClient = (t, q, cb) -> cb.equal(t.get("clientId"), clientId);
        return repository.findAll(ofClient.and(inScope(scope)), Sort.by("dueAt", "id")).stream()
                .map(ContactTaskEntity::toTask).toList();
    }

    boolean attempt(ContactTask t) {
        return change(t, ContactTaskEntity::attempt);
    }

    boolean done(ContactTask t, long contactId, Instant now, String by) {
        return change(t, e -> e.done(contactId, now, by));
    }

    /** @return false when the task is no longer open or changed since {@code read} */
    private boolean change(ContactTask read, Consumer<ContactTaskEntity> change) {
        Optional<ContactTaskEntity> entity = repository.findById(read.id()).filter(e -> e.isOpenAsRead(read));
        entity.ifPresent(change);
        return entity.isPresent() && saved(repository, entityManager, entity.get());
    }

    private static Specification<ContactTaskEntity> open(DataScope scope, ContactTaskFilter f, long caller) {
        Specification<ContactTaskEntity> where = isOpen().and(inScope(scope));
        if (f.holder() == ContactTaskFilter.Holder.CALLER) {
            where = where.and((t, q, cb) -> cb.equal(t.get("advisorId"), caller));
        } else if (f.holder() == ContactTaskFilter.Holder.OTHERS) {
            where = where.and((t, q, cb) -> cb.or(cb.isNull(t.get("advisorId")), cb.notEqual(t.get("advisorId"), caller)));
        }
        if (f.dueBefore() != null) {
            where = where.and((t, q, cb) -> cb.lessThan(t.get("dueAt"), f.dueBefore()));
        }
        if (f.branchId() != null) {
            where = where.and((t, q, cb) -> cb.equal(t.get("branchId"), f.branchId()));
        }
        if (f.clientIds() != null) {
            where = where.and((t, q, cb) -> t.get("clientId").in(f.clientIds()));
        }
        return where;
    }

    private static Specification<ContactTaskEntity> inScope(DataScope scope) {
        return (t, q, cb) -> scope.predicate(cb, t);
    }

    private static Specification<ContactTaskEntity> isOpen() {
        return (t, q, cb) -> cb.equal(t.get("status"), ContactTask.Status.OPEN);
    }
}
