package com.marginportal.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.marginportal.classification.domain.Dimension;

/**
 * Client counts per pair of effective values of two dimensions, with UNCLASSIFIED as a value of its own
 * (rows and columns are always complete, zero where no client falls).
 */
public record SegmentMatrix(Dimension rows, Dimension columns, Map<List<String>, Long> counts) {

    public SegmentMatrix {
        if (rows == columns) {
            throw new IllegalArgumentException("rows and columns must be different dimensions");
        }
        counts = Map.copyOf(counts);
    }

    public List<String> rowValues() {
        return valuesOf(rows);
    }

    public List<String> columnValues() {
        return valuesOf(columns);
    }

    public long count(String row, String column) {
        return counts.getOrDefault(List.of(row, column), 0L);
    }

    public long rowTotal(String row) {
        return columnValues().stream().mapToLong(c -> count(row, c)).sum();
    }

    public long columnTotal(String column) {
        return rowValues().stream().mapToLong(r -> count(r, column)).sum();
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The values of a dimension as rows or columns show them: the defined ones, then UNCLASSIFIED. */
    public static List<String> valuesOf(Dimension dimension) {
        List<String> values = new ArrayList<>(dimension.allowedValues());
        values.add(Dimension.UNCLASSIFIED);
        return List.copyOf(values);
    }
}
