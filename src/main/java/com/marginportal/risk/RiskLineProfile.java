package com.marginportal.risk;

import java.time.Instant;

import com.marginportal.risk.domain.RiskLines;

/**
 * A named set of lines; the default profile, or one attached to a risk class. {@code nameKey} is the message key of a
 * built-in profile's name (shown in the viewer's language), null for a name shown as stored.
 */
public record RiskLineProfile(long id, String name, String nameKey, RiskLines lines, String appliesToRiskClass, boolean isDefault,
                              int version, Instant updatedAt, String updatedBy) {
}
