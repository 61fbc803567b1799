package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import java.time.Instant;

import com.marginportal.notification.NoticeType;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record acknowledgement" (event sub-process, beside the running path): keeps the client's acknowledgement on
 * the case and the latest time in {@code clientAcknowledgedAt}. Touches no variable the main path reads.
 */
@Component("acknowledgementDelegate")
class AcknowledgementDelegate implements JavaDelegate {

    private final CaseAcknowledgementStore store;
    private final CaseDueDates dueDates;

    AcknowledgementDelegate(CaseAcknowledgementStore store, CaseDueDates dueDates) {
        this.store = store;
        this.dueDates = dueDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant at = Instant.parse((String) execution.getVariable(ACK_AT));
        store.insert(new CaseAcknowledgement(((Number) execution.getVariable(ACK_NOTICE_ID)).longValue(),
                ProcessCases.caseId(execution),
                NoticeType.valueOf((String) execution.getVariable(ACK_NOTICE_TYPE)), at), dueDates.now());
        execution.setVariable(CLIENT_ACKNOWLEDGED_AT, at.toString());
    }
}
