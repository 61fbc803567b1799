package com.marginportal.service;

import java.time.Instant;

import com.marginportal.service.domain.PlanDraft;

/** A stored contact plan: its definition, whether it runs, and who changed it last (version for concurrent edits). */
public record ContactPlan(long id, PlanDraft definition, int version, Instant updatedAt, String updatedBy) {
}
