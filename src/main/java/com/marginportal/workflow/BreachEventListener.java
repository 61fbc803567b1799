package com.marginportal.workflow;

import java.util.concurrent.CompletableFuture;

import com.marginportal.risk.BreachDetected;
import com.marginportal.risk.BreachEscalated;
import com.marginportal.risk.CaseBranchMoved;
import com.marginportal.risk.RatioRestored;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Risk events → the breach workflow. The scan publishes them in its transaction, so each is stored as an event
 * publication with the case changes (Spring Modulith's Event Publication Registry); after the commit they come here
 * and go to the case's lane ({@link CaseLanes}), so a scan that opens thousands of cases is not held up by starting
 * their processes, different cases start in parallel, and a case's start stays before its escalation. Each method
 * answers with the lane's future: the publication is completed only once the start (or message) committed. A node
 * that stops in between leaves it outstanding, and it is delivered again ({@code com.marginportal.OutstandingEvents});
 * a second delivery is harmless (one process per case, an escalation to a level the process already has and a
 * restoration of an ended process are ignored, a branch move reads the case's branch again). The ids name the
 * publications' listener in the table: keep them.
 */
@Component
class BreachEventListener {

    private final BreachProcesses processes;
    private final CaseBranches branches;
    private final CaseLanes lanes;

    BreachEventListener(BreachProcesses processes, CaseBranches branches, CaseLanes lanes) {
        this.processes = processes;
        this.branches = branches;
        this.lanes = lanes;
    }

    @TransactionalEventListener(id = "workflow.breach-detected", fallbackExecution = true)
    CompletableFuture<Void> on(BreachDetected event) {
        return lanes.start(event);
    }

    @TransactionalEventListener(id = "workflow.breach-escalated", fallbackExecution = true)
    CompletableFuture<Void> on(BreachEscalated event) {
        return lanes.execute(event.caseId(), "escalate the breach process of case " + event.caseId(),
                () -> processes.escalated(event));
    }

    @TransactionalEventListener(id = "workflow.ratio-restored", fallbackExecution = true)
    CompletableFuture<Void> on(RatioRestored event) {
        return lanes.execute(event.caseId(), "restore the breach process of case " + event.caseId(),
                () -> processes.restored(event));
    }

    /** On the case's lane too: behind the case's start, whose process the move then finds. */
    @TransactionalEventListener(id = "workflow.case-branch-moved", fallbackExecution = true)
    CompletableFuture<Void> on(CaseBranchMoved event) {
        return lanes.execute(event.caseId(), "move the breach process of case " + event.caseId() + " to branch "
                + event.toBranchId(), () -> branches.follow(event.caseId()));
    }
}
