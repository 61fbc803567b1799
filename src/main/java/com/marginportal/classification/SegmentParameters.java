package com.marginportal.classification;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.marginportal.classification.domain.Dimension;

/**
 * The short names of the dimensions in links to the client list ({@code clients?risk=HIGH&scale=HIGH_NET_WORTH}),
 * so other views link to a segment; the list reads them back through {@link ClassificationSegmentVocabulary}.
 */
public final class SegmentParameters {

    /** Query parameter that keeps only clients with suitability issues ({@code suitability=issues}). */
    public static final String SUITABILITY = "suitability";
    public static final String SUITABILITY_ISSUES = "issues";

    private static final Map<Dimension, String> NAMES = new EnumMap<>(Map.of(
            Dimension.RISK_LEVEL, "risk",
            Dimension.TRADING_BEHAVIOUR, "behaviour",
            Dimension.ASSET_SCALE, "scale",
            Dimension.NEEDS, "needs"));

    private SegmentParameters() {
    }

    public static String name(Dimension dimension) {
        return NAMES.get(dimension);
    }

    /** Query parameters for the segments, in dimension order (e.g. risk=HIGH, scale=ORDINARY). */
    public static Map<String, String> write(Map<Dimension, String> segments, boolean suitabilityIssuesOnly) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            if (segments.containsKey(d)) {
                parameters.put(NAMES.get(d), segments.get(d));
            }
        }
        if (suitabilityIssuesOnly) {
            parameters.put(SUITABILITY, SUITABILITY_ISSUES);
        }
        return parameters;
    }
}
