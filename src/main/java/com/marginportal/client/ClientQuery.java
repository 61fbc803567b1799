package com.marginportal.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.marginportal.client.segment.ClientSegmentSql;
import com.marginportal.client.segment.SqlFragment;
import com.marginportal.security.DataScope;
import com.marginportal.security.ScopeCondition;

/**
 * Builds the SQL every client-list statement shares: the WHERE clause (data scope first, then each filter) on
 * the alias {@code c} (table client), with named parameters, and the ORDER BY over {@code c} and {@code a}
 * (credit_account). Plain Java, so the rules are unit-tested without a database.
 */
final class ClientQuery {

    /** LIKE escape character: '!' reads the same in MariaDB and H2 (a backslash does not). */
    private static final char ESCAPE = '!';

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private ClientQuery() {
    }

    /** The conditions of scope and filter; {@code segments} may be null when the filter uses none. */
    static SqlFragment where(DataScope scope, ClientFilter filter, ClientSegmentSql segments) {
        ClientQuery q = new ClientQuery();
        ScopeCondition scoped = scope.heldRows("c");
        if (scoped.restricts()) {
            q.conditions.add(scoped.sql());
            q.params.putAll(scoped.params());
        }
        if (filter.text() != null) {
            // names hold no digits: an all-digit text is a client number (primary-key lookup)
            if (filter.textIsClientNumber()) {
                q.add("c.id = :clientNumber", "clientNumber", Long.parseLong(filter.text()));
            } else {
                q.add("c.name LIKE :name ESCAPE '" + ESCAPE + "'", "name", "%" + escapeLike(filter.text()) + "%");
            }
        }
        if (filter.phoneTail() != null) {
            q.add("c.phone_tail = :phoneTail", "phoneTail", filter.phoneTail());
        }
        if (filter.branchId() != null) {
            q.add("c.branch_id = :branch", "branch", filter.branchId());
        }
        if (filter.advisorId() != null) {
            q.add("c.advisor_id = :advisor", "advisor", filter.advisorId());
        }
        if (!filter.segments().isEmpty() || filter.suitabilityIssuesOnly()) {
            if (segments == null) {
                throw new IllegalStateException("segment filters need a ClientSegmentSql");
            }
            filter.segments().forEach((dimension, value) -> q.add(segments.valueIs(dimension, value, "c.id")));
            if (filter.suitabilityIssuesOnly()) {
                q.add(segments.hasSuitabilityIssue("c.id"));
            }
        }
        return new SqlFragment(q.conditions.isEmpty() ? "1 = 1" : String.join(" AND ", q.conditions), q.params);
    }

    /**
     * The requested order, then the account id (stable paging). "No debt" (a null ratio) is the safest state:
     * it sorts after every ratio ascending and before every ratio descending.
     */
    static String orderBy(List<ClientSort.Order> sort) {
        List<String> terms = new ArrayList<>();
        for (ClientSort.Order o : sort) {
            String direction = o.ascending() ? " ASC" : " DESC";
            switch (o.column()) {
                case CLIENT_ID -> terms.add("c.id" + direction);
                case NAME -> terms.add("c.name" + direction);
                case TOTAL_ASSETS -> terms.add("a.total_assets" + direction);
                case MAINTENANCE_RATIO -> {
                    terms.add("CASE WHEN a.maintenance_ratio IS NULL THEN " + (o.ascending() ? "1" : "0")
                            + " ELSE " + (o.ascending() ? "0" : "1") + " END");
                    terms.add("a.maintenance_ratio" + direction);
                }
            }
        }
        terms.add("a.id ASC");
        return String.join(", ", terms);
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
    }

    private void add(SqlFragment fragment) {
        conditions.add("(" + fragment.sql() + ")");
        fragment.params().forEach((name, value) -> {
            Object previous = params.putIfAbsent(name, value);
            if (previous != null && !previous.equals(value)) {
                throw new IllegalStateException("parameter " + name + " bound twice with different values");
            }
        });
    }
}
