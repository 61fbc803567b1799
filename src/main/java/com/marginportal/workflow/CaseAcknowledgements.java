package com.marginportal.workflow;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The client's acknowledgements of a case's risk notices, oldest first ("客户已于 … 确认阅读"). */
@Service
public class CaseAcknowledgements {

    private final CaseAcknowledgementStore store;

    CaseAcknowledgements(CaseAcknowledgementStore store) {
        this.store = store;
    }

    /** The caller checks that the user may see the case (as for its notices). */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<CaseAcknowledgement> forCase(long caseId) {
        return store.forCase(caseId);
    }
}
