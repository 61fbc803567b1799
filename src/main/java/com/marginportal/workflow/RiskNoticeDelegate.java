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
        execution.setVariable(NOTICE_IDS, withNoticeId(execution.getVariable(NOTICE_IDS), id));
    }

    /** The case's notice ids (the resolution record lists them) with {@code id} added once. */
    static String withNoticeId(Object before, long id) {
        String ids = before == null || before.toString().isEmpty() ? "" : before + ",";
        return ("," + before + ",").contains("," + id + ",") ? before.toString() : ids + id;
    }
}
