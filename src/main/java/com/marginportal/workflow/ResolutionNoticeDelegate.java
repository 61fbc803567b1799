package com.marginportal.workflow;

import java.util.ArrayList;
import java.util.List;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Component;

/**
 * "Send resolution notice": tells the client how the case ended (idempotent per case). The process's last step, so
 * it also writes down the steps the process went through for the case view's diagram ({@code case_process.steps}):
 * Flowable keeps no historic activity instances of the breach process ({@link BreachHistorySettings}).
 */
@Component("resolutionNoticeDelegate")
class ResolutionNoticeDelegate implements JavaDelegate {

    /** What follows the runtime's steps, in this very transaction: this step and the end. */
    static final List<String> LAST_STEPS = List.of("writeResolution", "f_written", "sendResolutionNotice", "f_end",
            "resolved");

    private final CaseNotices notices;
    private final RuntimeService runtime;
    private final CaseProcessStore links;

    ResolutionNoticeDelegate(CaseNotices notices, RuntimeService runtime, CaseProcessStore links) {
        this.notices = notices;
        this.runtime = runtime;
        this.links = links;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ResolutionOutcome outcome = ResolutionOutcome.valueOf((String) execution.getVariable(ResolutionDelegate.OUTCOME));
        notices.resolutionNotice(ProcessCases.caseId(execution), outcome);
        List<String> steps = new ArrayList<>(runtime.createActivityInstanceQuery()
                .processInstanceId(execution.getProcessInstanceId()).orderByActivityInstanceStartTime().asc().list()
                .stream().map(ActivityInstance::getActivityId).toList());
        LAST_STEPS.stream().filter(step -> !steps.contains(step)).forEach(steps::add); // each happens once, at the end
        links.recordSteps(Long.parseLong(execution.getProcessInstanceBusinessKey()), steps);
    }
}
