package com.marginportal.security;

import java.util.Map;

/**
 * The data scope as SQL on one table: a condition with named parameters ({@code :scopeBranch},
 * {@code :scopeAdvisor}), for Spring's JdbcClient and NamedParameterJdbcTemplate. Built only by {@link DataScope};
 * the values are always bound, never written into the SQL.
 *
 * @param sql the condition; {@code 1 = 1} when the scope is everything
 * @param params the bound values of the condition (empty when the scope is everything)
 */
public record ScopeCondition(String sql, Map<String, Object> params) {

    static final ScopeCondition EVERYTHING = new ScopeCondition("1 = 1", Map.of());
    /** No row at all (an advisor on branch-wide work). */
    static final ScopeCondition NOTHING = new ScopeCondition("1 = 0", Map.of());

    public ScopeCondition {
        params = Map.copyOf(params);
    }

    /** False for an administrator: the condition lets every row through. */
    public boolean restricts() {
        return !EVERYTHING.equals(this);
    }

    /** {@code " AND <condition>"}, or nothing when the scope is everything: to append to a WHERE clause. */
    public String and() {
        return restricts() ? " AND " + sql : "";
    }
}
