package com.marginportal.client.segment;

import java.util.Map;

/**
 * A client's segments as the list shows them: the effective value per dimension (e.g. RISK_LEVEL → HIGH),
 * and whether the client has a suitability issue.
 */
public record SegmentValues(Map<String, String> values, boolean suitabilityIssue) {

    public static final SegmentValues NONE = new SegmentValues(Map.of(), false);

    public SegmentValues {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
