package com.marginportal.workflow;

import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A breach whose process start was lost (the node stopped after the scan) gets its process from the reconciler. */
class BreachProcessReconcilerIT extends WorkflowTestSupport {

    @Autowired
    private BreachProcessReconciler reconciler;

    @Test
    void anOpenCaseWithoutItsProcessGetsOneAndOnlyOne() {
        ProcessInstance first = breachAt("9.50");
        String caseId = first.getBusinessKey();
        // what a lost start leaves behind: an open case, no process, no claim
        runtime.deleteProcessInstance(first.getId(), "simulated lost start");
        jdbc.sql("DELETE FROM case_process WHERE case_id = ?").param(Long.parseLong(caseId)).update();

        assertThat(reconciler.reconcile()).isGreaterThanOrEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isOne();
        assertThat(reconciler.reconcile()).as("nothing left to start").isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isOne();
    }
}
