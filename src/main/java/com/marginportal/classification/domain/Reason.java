package com.marginportal.classification.domain;

import java.util.List;

/**
 * Why a rule decided: a message key (translated by the UI, e.g. {@code reason.financingRatioAbove}) and
 * its figures already formatted ("68.00%", "60.00%"), so the same reason reads in Chinese and English.
 */
public record Reason(String key, List<String> figures) {

    public Reason {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("key is required");
        }
        figures = List.copyOf(figures);
    }

    public static Reason of(String key, String... figures) {
        return new Reason(key, List.of(figures));
    }
}
