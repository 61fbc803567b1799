package com.marginportal.classification;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.marginportal.classification.domain.Dimension;

/**
 * Client counts per combination of all four dimensions' effective values (key in dimension order), from which
 * any matrix and every distribution follow without another query: the segment view asks the database once.
 */
public record SegmentCounts(Map<List<String>, Long> counts) {

    public SegmentCounts {
        counts = Map.copyOf(counts);
    }

    public SegmentMatrix matrix(Dimension rows, Dimension columns) {
        Map<List<String>, Long> cells = new HashMap<>();
        counts.forEach((key, n) -> cells.merge(List.of(key.get(rows.ordinal()), key.get(columns.ordinal())), n, Long::sum));
        return new SegmentMatrix(rows, columns, cells);
    }

    /** Value → clients, in the dimension's order with UNCLASSIFIED last; zero counts included. */
    public Map<String, Long> distribution(Dimension dimension) {
        Map<String, Long> distribution = new LinkedHashMap<>();
        SegmentMatrix.valuesOf(dimension).forEach(v -> distribution.put(v, 0L));
        counts.forEach((key, n) -> distribution.merge(key.get(dimension.ordinal()), n, Long::sum));
        return distribution;
    }

    public Map<Dimension, Map<String, Long>> distributions() {
        Map<Dimension, Map<String, Long>> all = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            all.put(d, distribution(d));
        }
        return all;
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
