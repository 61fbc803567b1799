package com.marginportal.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Repository;

/** case_decision: every manager decision on a case, insert only (in the transaction that makes it take effect). */
@Repository
class CaseDecisionStore {

    private final CaseDecisionRepository repository;

    CaseDecisionStore(CaseDecisionRepository repository) {
        this.repository = repository;
    }

    /**
     * @param heldDeadline an extension's: the deadline the client held in writing before it
     *                     ({@link CaseDueDates#toldDeadline}); null when none, and for other decisions
     */
    void insert(long caseId, ManagerDecision.Kind decision, String reason, Instant newDeadline, Instant heldDeadline,
                String decidedBy, Instant at) {
        repository.save(new CaseDecisionEntity(caseId, decision, reason, newDeadline, heldDeadline, decidedBy, at));
    }

    /** The deadline the client held before the case's {@code number}th extension (1 = the first); empty if none. */
    Optional<Instant> heldBeforeExtension(long caseId, int number) {
        List<CaseDecisionEntity> extensions = repository.findByCaseIdAndDecisionOrderByIdAsc(caseId,
                ManagerDecision.Kind.EXTENSION);
        return number < 1 || number > extensions.size() ? Optional.empty()
                : Optional.ofNullable(extensions.get(number - 1).heldDeadline());
    }
}
