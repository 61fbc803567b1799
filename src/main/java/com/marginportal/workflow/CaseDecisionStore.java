package com.marginportal.workflow;

import java.time.Instant;

import org.springframework.stereotype.Repository;

/** case_decision: every manager decision on a case, insert only (in the transaction that makes it take effect). */
@Repository
class CaseDecisionStore {

    private final CaseDecisionRepository repository;

    CaseDecisionStore(CaseDecisionRepository repository) {
        this.repository = repository;
    }

    void insert(long caseId, ManagerDecision.Kind decision, String reason, Instant newDeadline, String decidedBy,
                Instant at) {
        repository.save(new CaseDecisionEntity(caseId, decision, reason, newDeadline, decidedBy, at));
    }
}
