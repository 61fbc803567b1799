package com.marginportal.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each column of a format sits in a file. Missing required columns, unknown columns (a typo must
 * not silently drop data) and repeated columns are reported as errors of the header row.
 */
final class Header {

    private final Map<String, Integer> positions;
    private final int width;

    private Header(Map<String, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    static Header resolve(SourceRow row, List<Column> columns, ErrorCollector errors) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String text = row.cells().get(i);
            if (text.isEmpty()) {
                continue;
            }
            Column column = columns.stream().filter(c -> c.matches(text)).findFirst().orElse(null);
            if (column == null) {
                errors.add(row.number(), null, text, "is not a column of this format (expected "
                        + String.join(", ", columns.stream().map(Column::name).toList()) + ")");
            } else if (positions.putIfAbsent(column.name(), i) != null) {
                errors.add(row.number(), column.name(), text, "appears twice in the header");
            }
        }
        for (Column c : columns) {
            if (c.required() && !positions.containsKey(c.name())) {
                errors.add(row.number(), c.name(), null, "required column is missing from the header");
            }
        }
        return new Header(positions, row.cells().size());
    }

    /** A row with values beyond the header's last column is malformed (typically an unquoted comma). */
    boolean fits(SourceRow row, ErrorCollector errors) {
        for (int i = width; i < row.cells().size(); i++) {
            if (!row.cells().get(i).isEmpty()) {
                errors.add(row.number(), null, null, "has " + row.cells().size() + " cells but the header has "
                        + width + " columns (an unquoted comma in a value?)");
                return false;
            }
        }
        return true;
    }

    /** The column name at a position of the file, or e.g. "column 7" for a position outside the format. */
    String nameAt(int index) {
        return positions.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).findFirst()
                .orElse("column " + (index + 1));
    }

    int index(Column column) {
        return positions.getOrDefault(column.name(), -1);
    }

    boolean has(Column column) {
        return positions.containsKey(column.name());
    }
}
