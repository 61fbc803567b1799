package com.marginportal.client;

import java.util.ArrayList;
import java.util.List;

import com.marginportal.client.domain.PersonalDataMask;
import com.marginportal.security.DataScope;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.Tuple;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.stereotype.Repository;

/**
 * Paged client queries with the data scope as a WHERE clause, so a row outside the user's scope
 * never leaves the database.
 */
@Repository
class ClientSearch {

    private final EntityManager em;

    ClientSearch(EntityManager em) {
        this.em = em;
    }

    List<ClientListItem> find(DataScope scope, ClientFilter filter, List<ClientSort.Order> sort, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<CreditAccount> a = q.from(CreditAccount.class);
        Join<CreditAccount, Client> c = a.join("client");
        q.multiselect(c.get("id"), a.get("id"), c.get("name"), c.get("phone"), c.get("branchId"),
                c.get("advisorId"), c.get("riskTolerance"), a.get("totalAssets"), a.get("maintenanceRatio"),
                a.get("valuedAt"));
        q.where(predicates(cb, c, scope, filter));
        q.orderBy(orders((HibernateCriteriaBuilder) cb, a, c, sort));
        return em.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(t -> new ClientListItem(t.get(0, Long.class), t.get(1, Long.class), t.get(2, String.class),
                        PersonalDataMask.phone(t.get(3, String.class)), t.get(4, Long.class), t.get(5, Long.class),
                        t.get(6, String.class), t.get(7, java.math.BigDecimal.class),
                        t.get(8, java.math.BigDecimal.class), t.get(9, java.time.Instant.class)))
                .toList();
    }

    long count(DataScope scope, ClientFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Client> c = q.from(Client.class);
        q.select(cb.count(c)).where(predicates(cb, c, scope, filter));
        return em.createQuery(q).getSingleResult();
    }

    /** The client if it exists and lies in the scope; otherwise nothing, whichever the reason. */
    Client findVisible(DataScope scope, long clientId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Client> q = cb.createQuery(Client.class);
        Root<Client> c = q.from(Client.class);
        List<Predicate> where = new ArrayList<>(List.of(predicates(cb, c, scope, ClientFilter.NONE)));
        where.add(cb.equal(c.get("id"), clientId));
        q.where(where.toArray(Predicate[]::new));
        return em.createQuery(q).getResultStream().findFirst().orElse(null);
    }

    java.util.Map<Long, String> names(DataScope scope, java.util.Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return java.util.Map.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Client> c = q.from(Client.class);
        List<Predicate> where = new ArrayList<>(List.of(predicates(cb, c, scope, ClientFilter.NONE)));
        where.add(c.get("id").in(clientIds));
        q.multiselect(c.get("id"), c.get("name")).where(where.toArray(Predicate[]::new));
        return em.createQuery(q).getResultStream()
                .collect(java.util.stream.Collectors.toMap(t -> t.get(0, Long.class), t -> t.get(1, String.class)));
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Path<Client> c, DataScope scope, ClientFilter f) {
        List<Predicate> p = new ArrayList<>();
        switch (scope.kind()) {
            case BRANCH -> p.add(cb.equal(c.get("branchId"), scope.branchId()));
            case ADVISOR -> p.add(cb.equal(c.get("advisorId"), scope.advisorId()));
            case ALL -> { }
        }
        if (f.text() != null) {
            // names hold no digits: an all-digit text is a client number (primary-key lookup)
            p.add(f.textIsClientNumber()
                    ? cb.equal(c.get("id"), Long.parseLong(f.text()))
                    : cb.like(c.get("name"), like(f.text()), '\\'));
        }
        if (f.phoneTail() != null) {
            p.add(cb.equal(c.get("phoneTail"), f.phoneTail()));
        }
        if (f.branchId() != null) {
            p.add(cb.equal(c.get("branchId"), f.branchId()));
        }
        if (f.advisorId() != null) {
            p.add(cb.equal(c.get("advisorId"), f.advisorId()));
        }
        return p.toArray(Predicate[]::new);
    }

    private static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static List<jakarta.persistence.criteria.Order> orders(HibernateCriteriaBuilder cb, Path<CreditAccount> a,
                                                                   Path<Client> c, List<ClientSort.Order> sort) {
        List<jakarta.persistence.criteria.Order> orders = new ArrayList<>();
        for (ClientSort.Order o : sort) {
            Path<?> path = switch (o.column()) {
                case CLIENT_ID -> c.get("id");
                case NAME -> c.get("name");
                case TOTAL_ASSETS -> a.get("totalAssets");
                case MAINTENANCE_RATIO -> a.get("maintenanceRatio");
            };
            // "no debt" (null ratio) is the safest state: it sorts after every real ratio
            orders.add(o.ascending() ? cb.asc(path, false) : cb.desc(path, true));
        }
        orders.add(cb.asc(a.get("id"))); // stable paging; the account id rides along in the ratio index
        return orders;
    }
}
