package com.marginportal.client.segment;

import java.util.Map;

/**
 * A piece of SQL with its named parameters ({@code :name}). Used where another feature contributes SQL on its
 * own tables to the client queries (see {@link ClientSegmentSql}); never built from user input.
 */
public record SqlFragment(String sql, Map<String, Object> params) {

    public SqlFragment {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("sql is required");
        }
        params = Map.copyOf(params);
    }
}
