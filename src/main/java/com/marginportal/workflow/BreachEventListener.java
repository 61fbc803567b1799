package com.marginportal.workflow;

import com.marginportal.risk.BreachDetected;
import com.marginportal.risk.BreachEscalated;
import com.marginportal.risk.RatioRestored;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Risk events (published after the scan committed) → the breach workflow, handed to one background thread
 * so a scan that opens thousands of cases is not held up by starting their processes; one thread keeps a
 * case's start before its escalation. Each runs in its own transaction; a failure is logged and never fails
 * the scan. Nothing is lost if the node dies meanwhile: {@link BreachProcessReconciler} starts what is missing.
 */
@Component
class BreachEventListener {

    private static final Logger log = LoggerFactory.getLogger(BreachEventListener.class);

    private final BreachProcesses processes;
    private final TaskExecutor events;

    BreachEventListener(BreachProcesses processes, @Qualifier("workflowEvents") TaskExecutor events) {
        this.processes = processes;
        this.events = events;
    }

    @EventListener
    void on(BreachDetected event) {
        run(() -> processes.start(event), "start the breach process of case " + event.caseId());
    }

    @EventListener
    void on(BreachEscalated event) {
        run(() -> processes.escalated(event), "escalate the breach process of case " + event.caseId());
    }

    @EventListener
    void on(RatioRestored event) {
        run(() -> processes.restored(event), "restore the breach process of case " + event.caseId());
    }

    private void run(Runnable action, String what) {
        events.execute(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                log.error("Could not {}", what, e);
            }
        });
    }
}
