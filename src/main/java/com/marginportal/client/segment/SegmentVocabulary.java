package com.marginportal.client.segment;

import java.util.List;

/**
 * The words of the segments, from the feature that owns them: the dimensions the client list filters by, shows as
 * badges and exports, and the list's URL parameter for "suitability issues only". The list, its filters, links and
 * CSV labels read them here and never name the owner's types.
 */
public interface SegmentVocabulary {

    /** The dimensions in display order. */
    List<SegmentDimension> dimensions();

    /** The client list's query parameter that keeps only clients with a suitability issue (e.g. {@code suitability}). */
    String suitabilityParameter();

    /** That parameter's value (e.g. {@code issues}, read ignoring case). */
    String suitabilityIssues();

    /** The dimension of that name; an unknown one is rejected with an {@link IllegalArgumentException}. */
    default SegmentDimension dimension(String name) {
        return dimensions().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a dimension: " + name));
    }
}
