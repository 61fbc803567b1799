package com.marginportal.client.segment;

import java.util.List;
import java.util.Map;

/**
 * One dimension of the segments as the client list filters, shows and exports it: its name ({@code RISK_LEVEL},
 * as in ClientFilter and SegmentValues), its short name in the list's URL ({@code risk}), its values in the order a
 * filter offers them (the classes, then {@code unclassified}), and the message keys of its name and of each value.
 */
public record SegmentDimension(String name, String parameter, String labelKey, List<String> values,
                               String unclassified, Map<String, String> valueKeys) {

    public SegmentDimension {
        values = List.copyOf(values);
        valueKeys = Map.copyOf(valueKeys);
        if (!values.contains(unclassified) || !valueKeys.keySet().containsAll(values)) {
            throw new IllegalArgumentException(name + ": every value, " + unclassified + " included, needs a message key");
        }
    }

    public boolean allows(String value) {
        return value != null && values.contains(value);
    }

    /** A class the client is in, not the absence of one. */
    public boolean isClassified(String value) {
        return value != null && !unclassified.equals(value);
    }

    /** The message key of a value, in the words for this dimension (e.g. a MEDIUM risk level, not a bare MEDIUM). */
    public String valueKey(String value) {
        return valueKeys.getOrDefault(value, value);
    }
}
