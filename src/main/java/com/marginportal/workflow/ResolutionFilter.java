package com.marginportal.workflow;

import java.time.LocalDate;

/** Resolution records resolved between two Shanghai dates (inclusive; null: open-ended) with one outcome or any. */
public record ResolutionFilter(LocalDate from, LocalDate to, ResolutionOutcome outcome) {

    public static final ResolutionFilter ANY = new ResolutionFilter(null, null, null);

    public ResolutionFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends before it starts");
        }
    }

    String describe() {
        return "resolved " + (from == null ? "…" : from) + " – " + (to == null ? "…" : to)
                + (outcome == null ? "" : ", outcome " + outcome);
    }
}
