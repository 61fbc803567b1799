package com.marginportal.client.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.marginportal.client.ClientFilter;
import com.marginportal.client.segment.SegmentDimension;
import com.marginportal.client.segment.SegmentVocabulary;

/**
 * The client list's filter in its URL, so other views can link to a filtered list
 * ({@code clients?risk=HIGH&scale=HIGH_NET_WORTH&suitability=issues&advisor=7}) and a filtered list can be
 * bookmarked. The segments' names and values are their owner's ({@link SegmentVocabulary}). Plain Java: unknown
 * or malformed parameters are ignored, never an error page.
 */
final class ClientListParams {

    static final String TEXT = "q";
    static final String BRANCH = "branch";
    static final String ADVISOR = "advisor";
    /** The grid's sort, e.g. {@code TOTAL_ASSETS:desc} (a saved view's); not part of the filter. */
    static final String SORT = "sort";

    private ClientListParams() {
    }

    static ClientFilter read(Map<String, List<String>> query, SegmentVocabulary segments) {
        ClientFilter filter = new ClientFilter(first(query, TEXT), null, number(query, BRANCH), number(query, ADVISOR));
        for (SegmentDimension d : segments.dimensions()) {
            String value = first(query, d.parameter());
            value = value == null ? null : value.strip().toUpperCase(Locale.ROOT);
            if (d.allows(value)) {
                filter = filter.withSegment(d.name(), value);
            }
        }
        String suitability = first(query, segments.suitabilityParameter());
        return filter.withSuitabilityIssuesOnly(suitability != null
                && segments.suitabilityIssues().equalsIgnoreCase(suitability.strip()));
    }

    static Map<String, String> write(ClientFilter filter, SegmentVocabulary segments) {
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
        for (SegmentDimension d : segments.dimensions()) {
            if (filter.segments().containsKey(d.name())) {
                query.put(d.parameter(), filter.segments().get(d.name()));
            }
        }
        if (filter.suitabilityIssuesOnly()) {
            query.put(segments.suitabilityParameter(), segments.suitabilityIssues());
        }
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
