package com.marginportal.client.segment;

import java.util.Map;

/**
 * LEFT JOINs that bring one value per client into a query, and the expression that reads it (never null).
 * Used to group counts (segment matrix) and to write the values of many rows at once (export).
 */
public record SegmentJoin(String joins, String expression, Map<String, Object> params) {

    public SegmentJoin {
        params = Map.copyOf(params);
    }
}
