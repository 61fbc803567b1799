package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.marginportal.importing.ImportKind;
import com.marginportal.importing.ImportRequest;
import com.marginportal.importing.ImportResult;
import com.marginportal.importing.ImportService;

import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An archive import moves a client to another branch (branch 1 → 2, with that branch's advisor): the scan moves her
 * case in handling to the new branch, and the case's process goes along — its branch, the candidate groups of its open
 * tasks and of the tasks to come — so the new branch's managers see, take and decide it, the old branch's no longer.
 */
class CaseBranchIT extends WorkflowTestSupport {

    @Autowired
    TaskInbox inbox;
    @Autowired
    ImportService imports;
    @Autowired
    BreachProcessReconciler reconciler;

    /** Regression: the decision stayed offered to branch 1's managers after the case had moved to branch 2. */
    @Test
    void aDecisionWaitingForManagersGoesToTheNewBranchsManagers() {
        ProcessInstance p = breachAt("7.50");
        Task decision = task(p.getId(), "managerDecision");
        assertThat(groups(decision)).containsExactly("branch-1-managers");

        moveClientToBranch2();

        assertThat(caseBranch()).isEqualTo(2L);
        assertThat(runtime.getVariable(p.getId(), "branchId")).isEqualTo(2L);
        assertThat(groups(task(p.getId(), "managerDecision"))).containsExactly("branch-2-managers");
        assertThat(as("manager2", () -> inbox.find(decision.getId()))).as("in manager2's pool").isPresent();
        assertThat(as("manager1", () -> inbox.find(decision.getId()))).as("no longer manager1's").isEmpty();
        as("manager2", () -> inbox.claim(decision.getId()));
        assertThat(task(p.getId(), "managerDecision").getAssignee()).isEqualTo("manager2");
    }

    /** Regression: the contact task stayed in branch 1's pool, and an overdue contact was escalated to branch 1. */
    @Test
    void theContactTaskAndTheTasksToComeGoToTheNewBranch() {
        ProcessInstance p = breachAt("9.50");
        assertThat(groups(task(p.getId(), "contactClient"))).containsExactly("branch-1-advisors");

        moveClientToBranch2();

        assertThat(groups(task(p.getId(), "contactClient"))).containsExactly("branch-2-advisors");
        assertThat(task(p.getId(), "contactClient").getAssignee()).as("the client's new advisor holds it")
                .isEqualTo("advisor5");
        fireTimer(p.getId(), "contactOverdue");
        assertThat(groups(task(p.getId(), "escalationReview"))).containsExactly("branch-2-managers");
    }

    /**
     * The safety net on the state under the event: the scan wrote the case's new branch, but its CaseBranchMoved never
     * reached the workflow (a publication removed by hand, a listener renamed); the reconciler's next run takes the
     * process along. Red before: only the event moved processes.
     */
    @Test
    void theReconcilerTakesAProcessLeftOnTheOldBranchToItsCasesBranch() {
        ProcessInstance p = breachAt("7.50");
        long caseId = account.openCaseId();
        jdbc.sql("UPDATE client SET branch_id = 2, advisor_id = (SELECT id FROM app_user WHERE username = 'advisor5')"
                + " WHERE id = ?").param(account.clientId).update(); // as an import would: branch 2 and its advisor
        jdbc.sql("UPDATE risk_case SET branch_id = 2 WHERE id = ?").param(caseId).update(); // as the scan, event lost

        reconciler.scheduled();

        assertThat(runtime.getVariable(p.getId(), "branchId")).isEqualTo(2L);
        assertThat(groups(task(p.getId(), "managerDecision"))).containsExactly("branch-2-managers");
        reconciler.scheduled(); // nothing left to move
        assertThat(groups(task(p.getId(), "managerDecision"))).containsExactly("branch-2-managers");
    }

    /** The archive names branch 2 (BJ01) and its advisor5 for the fixture's client; the import rescans after it. */
    private void moveClientToBranch2() {
        String csv = "client_number,name,gender,birth_date,id_number,phone,email,address,branch_code,advisor,"
                + "risk_tolerance,investment_preference,investment_horizon,advisory_agreement,preferred_language,"
                + "trading_since,opened_on,status,credit_account\n"
                + account.clientId + ",测试客户,M,1978-04-16,310115197804161358,13800001234," + account.email + ",,BJ01,"
                + "advisor5,C4,BALANCED,MEDIUM,N,zh-CN,2012-01-09,2020-01-01,ACTIVE," + account.accountId + "\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        ImportResult result = as("admin", () -> imports.importFile(new ImportRequest(ImportKind.CLIENTS,
                com.marginportal.importing.ImportSource.API, "clients.csv", null), () -> new ByteArrayInputStream(bytes)));
        assertThat(result.succeeded()).as(String.valueOf(result.errors())).isTrue();
        scan(); // the import's own rescan ran already; a second scan changes nothing
    }

    private long caseBranch() {
        return jdbc.sql("SELECT branch_id FROM risk_case WHERE id = ?").param(account.openCaseId()).query(Long.class)
                .single();
    }

    private List<String> groups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(IdentityLink::getGroupId)
                .toList();
    }
}
