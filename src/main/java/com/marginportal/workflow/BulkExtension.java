package com.marginportal.workflow;

import java.util.Map;
import java.util.Set;

/**
 * What a bulk extension did: how many cases' deadlines moved, and how many were left as they were, by why
 * ({@link #EXTENSIONS_USED}, {@link #CALENDAR}, {@link #CHANGED}).
 */
public record BulkExtension(int extended, Map<String, Integer> refused) {

    /** The case had every extension it may have. */
    public static final String EXTENSIONS_USED = "extensionsUsed";
    /** The trading calendar does not reach the new deadline: next year's holidays are not imported. */
    public static final String CALENDAR = "calendarAhead";
    /** The case moved on meanwhile (its deadline passed, a contact or decision was recorded, it closed). */
    public static final String CHANGED = "changed";

    private static final Set<String> CALENDAR_REASONS = Set.of(CALENDAR, "calendarNotCovered", "notTradingDay");

    public BulkExtension {
        refused = Map.copyOf(refused);
    }

    public int notExtended() {
        return refused.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The reason a refused case is counted under. */
    static String why(String refusal) {
        return EXTENSIONS_USED.equals(refusal) ? EXTENSIONS_USED : CALENDAR_REASONS.contains(refusal) ? CALENDAR : CHANGED;
    }
}
