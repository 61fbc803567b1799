package com.marginportal.importing;

import java.util.ArrayList;
import java.util.List;

/** Keeps the first {@code cap} errors of a file and counts them all, so a huge bad file stays cheap. */
final class ErrorCollector {

    private final int cap;
    private final List<RowError> kept = new ArrayList<>();
    private int count;

    ErrorCollector(int cap) {
        this.cap = cap;
    }

    void add(int row, String column, String value, String reason) {
        count++;
        if (kept.size() < cap) {
            kept.add(new RowError(row, column, value, reason));
        }
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    List<RowError> kept() {
        return List.copyOf(kept);
    }
}
