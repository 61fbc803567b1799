package com.marginportal.classification;

import java.util.Map;

/**
 * What new thresholds would do, per dimension: how many clients would move from one class to another
 * (e.g. {@code RISK_LEVEL → "MEDIUM → HIGH" = 312}). Overrides are not counted: they would not move.
 */
public record ThresholdChange(Map<String, Map<String, Long>> movesByDimension, int clients) {

    public long total() {
        return movesByDimension.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }
}
