package com.marginportal.workflow;

import com.marginportal.risk.BreachDetected;
import com.marginportal.risk.BreachEscalated;
import com.marginportal.risk.RatioRestored;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Risk events (published after the scan committed) → the breach workflow, handed to the case's lane
 * ({@link CaseLanes}) so a scan that opens thousands of cases is not held up by starting their processes and
 * different cases start in parallel, while a case's start stays before its escalation. Each runs in its own
 * transaction; a failure is logged and never fails the scan. Nothing is lost if the node dies meanwhile:
 * {@link BreachProcessReconciler} starts what is missing.
 */
@Component
class BreachEventListener {

    private final BreachProcesses processes;
    private final CaseLanes lanes;

    BreachEventListener(BreachProcesses processes, CaseLanes lanes) {
        this.processes = processes;
        this.lanes = lanes;
    }

    @EventListener
    void on(BreachDetected event) {
        lanes.start(event);
    }

    @EventListener
    void on(BreachEscalated event) {
        lanes.execute(event.caseId(), "escalate the breach process of case " + event.caseId(),
                () -> processes.escalated(event));
    }

    @EventListener
    void on(RatioRestored event) {
        lanes.execute(event.caseId(), "restore the breach process of case " + event.caseId(),
                () -> processes.restored(event));
    }
}
