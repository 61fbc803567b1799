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
class CaseBranchModuleIT extends WorkflowModuleSupport {

    @Autowired
    TaskInbox inbox;
    @Autowired
    ImportService imports;
    @Autowired
    BreachProcessReconciler reconciler;

    /** Regression: the decision stayed offered to the first branch's managers after the case had moved to another. */
    @Test
    void aDecisionWaitingForManagersGoesToTheNewBranchsManagers() {
        ProcessInstance p = breachAt("7.50");
        Task decision = task(p.getId(), "managerDecision");
        assertThat(groups(decision)).containsExactly("branch-" + branch.id() + "-managers");

        moveClientToTheOtherBranch();

        assertThat(caseBranch()).isEqualTo(otherBranch.id());
        assertThat(runtime.getVariable(p.getId(), "branchId")).isEqualTo(otherBranch.id());
        assertThat(groups(task(p.getId(), "managerDecision"))).containsExactly("branch-" + otherBranch.id() + "-managers");
        assertThat(as(otherManager, () -> inbox.find(decision.getId()))).as("in the other manager's pool").isPresent();
        assertThat(as(manager, () -> inbox.find(decision.getId()))).as("no longer the first manager's").isEmpty();
        as(otherManager, () -> inbox.claim(decision.getId()));
        assertThat(task(p.getId(), "managerDecision").getAssignee()).isEqualTo(otherManager);
    }

    /** Regression: the contact task stayed in the first branch's pool, and an overdue contact was escalated there. */
    @Test
    void theContactTaskAndTheTasksToComeGoToTheNewBranch() {
        ProcessInstance p = breachAt("9.50");
        assertThat(groups(task(p.getId(), "contactClient"))).containsExactly("branch-" + branch.id() + "-advisors");

        moveClientToTheOtherBranch();

        assertThat(groups(task(p.getId(), "contactClient"))).containsExactly("branch-" + otherBranch.id() + "-advisors");
        assertThat(task(p.getId(), "contactClient").getAssignee()).as("the client's new advisor holds it")
                .isEqualTo(otherAdvisor);
        fireTimer(p.getId(), "contactOverdue");
        assertThat(groups(task(p.getId(), "escalationReview"))).containsExactly("branch-" + otherBranch.id() + "-managers");
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
        jdbc.sql("UPDATE client SET branch_id = ?, advisor_id = (SELECT id FROM app_user WHERE username = ?) WHERE id = ?")
                .params(otherBranch.id(), otherAdvisor, account.clientId).update(); // as an import would: the branch and its advisor
        jdbc.sql("UPDATE risk_case SET branch_id = ? WHERE id = ?").params(otherBranch.id(), caseId).update(); // as the scan, event lost

        reconciler.scheduled();

        assertThat(runtime.getVariable(p.getId(), "branchId")).isEqualTo(otherBranch.id());
        assertThat(groups(task(p.getId(), "managerDecision"))).containsExactly("branch-" + otherBranch.id() + "-managers");
        reconciler.scheduled(); // nothing left to move
        assertThat(groups(task(p.getId(), "managerDecision"))).containsExactly("branch-" + otherBranch.id() + "-managers");
    }

    /** The archive names the other branch and its advisor for the fixture's client; the import rescans after it. */
    private void moveClientToTheOtherBranch() {
        String csv = "client_number,name,gender,birth_date,id_number,phone,email,address,branch_code,advisor,"
                + "risk_tolerance,investment_preference,investment_horizon,advisory_agreement,preferred_language,"
                + "trading_since,opened_on,status,credit_account\n"
                + account.clientId + ",测试客户,M,1978-04-16,310115197804161358,13800001234," + account.email + ",,B" + otherBranch.id() + ","
                + otherAdvisor + ",C4,BALANCED,MEDIUM,N,zh-CN,2012-01-09,2020-01-01,ACTIVE," + account.accountId + "\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        ImportResult result = as(admin, () -> imports.importFile(new ImportRequest(ImportKind.CLIENTS,
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
