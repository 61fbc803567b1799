package com.marginportal.client.ui;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.marginportal.classification.SegmentParameters;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.client.ClientFilter;

/**
 * The client list's filter in its URL, so other views can link to a filtered list
 * ({@code clients?risk=HIGH&scale=HIGH_NET_WORTH&suitability=issues&advisor=7}) and a filtered list can be
 * bookmarked. Plain Java: unknown or malformed parameters are ignored, never an error page.
 */
final class ClientListParams {

    static final String TEXT = "q";
    static final String BRANCH = "branch";
    static final String ADVISOR = "advisor";
    /** The grid's sort, e.g. {@code TOTAL_ASSETS:desc} (a saved view's); not part of the filter. */
    static final String SORT = "sort";

    private ClientListParams() {
    }

    static ClientFilter read(Map<String, List<String>> query) {
        ClientFilter filter = new ClientFilter(first(query, TEXT), null, number(query, BRANCH), number(query, ADVISOR));
        for (Map.Entry<Dimension, String> segment : SegmentParameters.read(query).entrySet()) {
            filter = filter.withSegment(segment.getKey().name(), segment.getValue());
        }
        return filter.withSuitabilityIssuesOnly(SegmentParameters.suitabilityIssuesOnly(query));
    }

    static Map<String, String> write(ClientFilter filter) {
        Map<String, String> query = new LinkedHashMap<>();
        if (filter.text() != null) {
            query.put(TEXT, filter.text());
        }
        if (filter.branchId() != null) {
            query.put(BRANCH, String.valueOf(filter.branchId()));
        }
        if (filter.advisorId() != null) {
            query.put(ADVISOR, String.valueOf(filter.advisorId()));
        }
        Map<Dimension, String> segments = new EnumMap<>(Dimension.class);
        filter.segments().forEach((dimension, value) -> segments.put(Dimension.valueOf(dimension), value));
        query.putAll(SegmentParameters.write(segments, filter.suitabilityIssuesOnly()));
        return query;
    }

    static String sort(Map<String, List<String>> query) {
        String value = first(query, SORT);
        return value != null && value.matches("[A-Za-z_]{1,40}:(asc|desc)") ? value : null;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Long number(Map<String, List<String>> query, String name) {
        String value = first(query, name);
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}
