package com.marginportal.client;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.marginportal.client.domain.PersonalDataMask;
import com.marginportal.client.segment.ClientSegmentSql;
import com.marginportal.client.segment.SegmentJoin;
import com.marginportal.client.segment.SegmentValues;
import com.marginportal.client.segment.SqlFragment;
import com.marginportal.security.DataScope;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Paged client queries with the data scope as a WHERE clause, so a row outside the user's scope never leaves
 * the database. The list statements are SQL (see {@link ClientQuery}) because segment filters come as SQL from
 * the feature that owns them; single-client lookups stay JPA.
 * JdbcClient, not JPA: paged list queries whose scope and segment filters arrive as SQL conditions.
 */
@Repository
class ClientSearch {

    private final EntityManager em;
    private final JdbcClient jdbc;
    private final ObjectProvider<ClientSegmentSql> segments;

    ClientSearch(EntityManager em, JdbcClient jdbc, ObjectProvider<ClientSegmentSql> segments) {
        this.em = em;
        this.jdbc = jdbc;
        this.segments = segments;
    }

    List<ClientListItem> find(DataScope scope, ClientFilter filter, List<ClientSort.Order> sort, int offset, int limit) {
        SqlFragment where = ClientQuery.where(scope, filter, segments.getIfAvailable());
        List<ClientListItem> page = jdbc.sql("""
                        SELECT c.id, a.id AS account_id, c.name, c.phone, c.branch_id, c.advisor_id, c.risk_tolerance,
                               a.total_assets, a.maintenance_ratio, a.valued_at
                          FROM credit_account a JOIN client c ON c.id = a.client_id""" + " WHERE " + where.sql() + " ORDER BY " + ClientQuery.orderBy(sort)
                        + " LIMIT :limit OFFSET :offset")
                .params(where.params()).param("limit", limit).param("offset", offset)
                .query((rs, i) -> {
                    LocalDateTime valuedAt = rs.getObject("valued_at", LocalDateTime.class);
                    return new ClientListItem(rs.getLong("id"), rs.getLong("account_id"), rs.getString("name"),
                            PersonalDataMask.phone(rs.getString("phone")), rs.getLong("branch_id"),
                            rs.getObject("advisor_id", Long.class), rs.getString("risk_tolerance"),
                            rs.getBigDecimal("total_assets"), rs.getBigDecimal("maintenance_ratio"),
                            valuedAt == null ? null : valuedAt.toInstant(ZoneOffset.UTC), SegmentValues.NONE);
                })
                .list();
        return withSegments(page);
    }

    long count(DataScope scope, ClientFilter filter) {
        SqlFragment where = ClientQuery.where(scope, filter, segments.getIfAvailable());
        return jdbc.sql("SELECT COUNT(*) FROM client c WHERE " + where.sql())
                .params(where.params()).query(Long.class).single();
    }

    /**
     * How many clients of the scope and filter have each combination of effective values of the dimensions
     * (one GROUP BY): key = the values in the order of {@code dimensions}; combinations without clients are absent.
     */
    Map<List<String>, Long> countBy(DataScope scope, ClientFilter filter, List<String> dimensions) {
        ClientSegmentSql source = segments.getObject();
        SqlFragment where = ClientQuery.where(scope, filter, source);
        Map<String, Object> params = new HashMap<>(where.params());
        StringBuilder joins = new StringBuilder();
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            SegmentJoin join = source.valueOf(dimensions.get(i), "c.id", "g" + i);
            joins.append(' ').append(join.joins());
            groups.add(join.expression());
            params.putAll(join.params());
        }
        int n = dimensions.size();
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        // grouped by the expressions themselves: H2 does not accept select-list aliases in GROUP BY everywhere
        jdbc.sql("SELECT " + String.join(", ", groups) + ", COUNT(*) FROM client c" + joins + " WHERE "
                        + where.sql() + " GROUP BY " + String.join(", ", groups))
                .params(params)
                .query(rs -> {
                    List<String> key = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        key.add(rs.getString(i));
                    }
                    counts.merge(List.copyOf(key), rs.getLong(n + 1), Long::sum);
                });
        return counts;
    }

    private List<ClientListItem> withSegments(List<ClientListItem> page) {
        ClientSegmentSql source = segments.getIfAvailable();
        if (source == null || page.isEmpty()) {
            return page;
        }
        Map<Long, SegmentValues> values = source.valuesOf(page.stream().map(ClientListItem::clientId).toList());
        return page.stream().map(i -> i.withSegments(values.getOrDefault(i.clientId(), SegmentValues.NONE))).toList();
    }

    /** The client if it exists and lies in the scope; otherwise nothing, whichever the reason. */
    Client findVisible(DataScope scope, long clientId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Client> q = cb.createQuery(Client.class);
        Root<Client> c = q.from(Client.class);
        List<Predicate> where = scoped(cb, c, scope);
        where.add(cb.equal(c.get("id"), clientId));
        q.where(where.toArray(Predicate[]::new));
        return em.createQuery(q).getResultStream().findFirst().orElse(null);
    }

    Map<Long, String> names(DataScope scope, Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Client> c = q.from(Client.class);
        List<Predicate> where = scoped(cb, c, scope);
        where.add(c.get("id").in(clientIds));
        q.multiselect(c.get("id"), c.get("name")).where(where.toArray(Predicate[]::new));
        return em.createQuery(q).getResultStream()
                .collect(java.util.stream.Collectors.toMap(t -> t.get(0, Long.class), t -> t.get(1, String.class)));
    }

    private static List<Predicate> scoped(CriteriaBuilder cb, Path<Client> c, DataScope scope) {
        List<Predicate> p = new ArrayList<>();
        Predicate inScope = scope.predicate(cb, c);
        if (inScope != null) {
            p.add(inScope);
        }
        return p;
    }
}
