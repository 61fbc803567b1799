package com.marginportal.classification;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.marginportal.classification.domain.Dimension;

/**
 * The short names of the dimensions in links to the client list ({@code clients?risk=HIGH&scale=HIGH_NET_WORTH}),
 * so other views link to a segment and the list reads it back. Unknown names or values are ignored.
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

    /** The segments named in the query parameters (first value of each), e.g. risk=high → RISK_LEVEL=HIGH. */
    public static Map<Dimension, String> read(Map<String, List<String>> parameters) {
        Map<Dimension, String> segments = new EnumMap<>(Dimension.class);
        NAMES.forEach((dimension, name) -> first(parameters, name)
                .map(v -> v.toUpperCase(Locale.ROOT))
                .filter(dimension::allows)
                .ifPresent(v -> segments.put(dimension, v)));
        return segments;
    }

    public static boolean suitabilityIssuesOnly(Map<String, List<String>> parameters) {
        return first(parameters, SUITABILITY).filter(SUITABILITY_ISSUES::equalsIgnoreCase).isPresent();
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

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()
                ? Optional.empty() : Optional.of(values.get(0).strip());
    }
}
