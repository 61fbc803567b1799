package com.marginportal.workflow;

import static com.marginportal.UtcColumns.stored;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A case_decision row: one manager decision on a case, written once (the case history reads them by SQL). */
@Entity
@Immutable
@Table(name = "case_decision")
class CaseDecisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Enumerated(EnumType.STRING)
    private ManagerDecision.Kind decision;
    private String reason;
    @Column(name = "new_deadline")
    private Instant newDeadline;
    @Column(name = "held_deadline")
    private Instant heldDeadline;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected CaseDecisionEntity() {
    }

    CaseDecisionEntity(long caseId, ManagerDecision.Kind decision, String reason, Instant newDeadline,
                       Instant heldDeadline, String decidedBy, Instant at) {
        this.caseId = caseId;
        this.decision = decision;
        this.reason = reason;
        this.newDeadline = stored(newDeadline);
        this.heldDeadline = stored(heldDeadline);
        this.decidedBy = decidedBy;
        this.decidedAt = stored(at);
    }

    Instant heldDeadline() {
        return heldDeadline;
    }
}
