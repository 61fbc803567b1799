package com.marginportal.risk;

import java.time.Instant;

import com.marginportal.risk.domain.RiskLines;

/** A named set of lines; the default profile, or one attached to a risk class. */
public record RiskLineProfile(long id, String name, RiskLines lines, String appliesToRiskClass, boolean isDefault,
                              int version, Instant updatedAt, String updatedBy) {
}
