package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.NOTICE_IDS;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send risk notice": enqueues the notice of the current level (idempotent per case and level). */
@Component("riskNoticeDelegate")
class RiskNoticeDelegate implements JavaDelegate {

    private final CaseNotices notices;

    RiskNoticeDelegate(CaseNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.riskNotice(ProcessCases.caseId(execution), execution.getVariables()).ifPresent(id -> appendNoticeId(execution, id));
    }

    static void appendNoticeId(DelegateExecution execution, long id) {
        Object before = execution.getVariable(NOTICE_IDS);
        String ids = before == null || before.toString().isEmpty() ? "" : before + ",";
        if (!("," + before + ",").contains("," + id + ",")) {
            execution.setVariable(NOTICE_IDS, ids + id);
        }
    }
}
