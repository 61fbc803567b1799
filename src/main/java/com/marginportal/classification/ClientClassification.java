package com.marginportal.classification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.classification.domain.Reason;

/**
 * One dimension of one client: what the rules computed and why, and a manager's override if one is in
 * force. The override wins; the view shows when the computed value disagrees with it.
 */
public record ClientClassification(Dimension dimension, String computedValue, List<Reason> reasons, Instant computedAt,
                                   String overrideValue, String overrideReason, String overriddenBy,
                                   Instant overriddenAt, LocalDate validUntil) {

    public String effectiveValue() {
        return overrideValue != null ? overrideValue : computedValue;
    }

    public boolean isOverridden() {
        return overrideValue != null;
    }

    public boolean computedDisagrees() {
        return overrideValue != null && !overrideValue.equals(computedValue);
    }
}
