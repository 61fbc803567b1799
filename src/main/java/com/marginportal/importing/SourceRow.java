package com.marginportal.importing;

import java.util.List;

/** One non-blank row of a table file: its spreadsheet row number and its trimmed cell texts. */
record SourceRow(int number, List<String> cells) {

    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isEmpty);
    }
}
