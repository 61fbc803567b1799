package com.marginportal.workflow;

import com.marginportal.risk.BreachDetected;
import com.marginportal.risk.BreachEscalated;
import com.marginportal.risk.RatioRestored;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Risk events (published after the scan committed) → the breach workflow. Each runs in its own transaction; a
 * failure is logged and never fails the scan that published the event.
 */
@Component
class BreachEventListener {

    private static final Logger log = LoggerFactory.getLogger(BreachEventListener.class);

    private final BreachProcesses processes;

    BreachEventListener(BreachProcesses processes) {
        this.processes = processes;
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

    private static void run(Runnable action, String what) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.error("Could not {}", what, e);
        }
    }
}
