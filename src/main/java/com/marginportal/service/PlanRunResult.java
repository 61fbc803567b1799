package com.marginportal.service;

import com.marginportal.security.AuditText;

/** What one run of the contact plans did: tasks created, fulfilled by contacts made meanwhile, cancelled. */
public record PlanRunResult(int plans, int created, int fulfilled, int cancelled) {

    /** The audit log's details: the run's figures in words, not the record's {@code toString}. */
    String auditDetails() {
        return auditText().english();
    }

    AuditText auditText() {
        return AuditText.of("contactPlansRun", plans, created, fulfilled, cancelled);
    }
}
