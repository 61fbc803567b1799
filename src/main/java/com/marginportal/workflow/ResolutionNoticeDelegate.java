package com.marginportal.workflow;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send resolution notice": tells the client how the case ended (idempotent per case). */
@Component("resolutionNoticeDelegate")
class ResolutionNoticeDelegate implements JavaDelegate {

    private final CaseNotices notices;

    ResolutionNoticeDelegate(CaseNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ResolutionOutcome outcome = ResolutionOutcome.valueOf((String) execution.getVariable(ResolutionDelegate.OUTCOME));
        notices.resolutionNotice(execution.getVariables(), outcome);
    }
}
