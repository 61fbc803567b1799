package com.marginportal.service;

import java.time.Instant;

import com.marginportal.service.domain.PlanDraft;

/**
 * A stored contact plan: its definition, whether it runs, and who changed it last (version for concurrent edits).
 * {@code nameKey} is the message key of a built-in plan's name (shown in the viewer's language), null for a name shown
 * as typed.
 */
public record ContactPlan(long id, PlanDraft definition, String nameKey, int version, Instant updatedAt,
                          String updatedBy) {
}
