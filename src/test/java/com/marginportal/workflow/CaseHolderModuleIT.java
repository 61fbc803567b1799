package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.marginportal.administration.AdvisorHandover;
import com.marginportal.client.ClientBulkActions;
import com.marginportal.client.ClientFilter;
import com.marginportal.importing.ImportKind;
import com.marginportal.importing.ImportRequest;
import com.marginportal.importing.ImportResult;
import com.marginportal.importing.ImportService;
import com.marginportal.importing.ImportSource;
import com.marginportal.risk.RiskCaseQueries;
import com.marginportal.security.AccountAdministration;
import com.marginportal.security.NewAccount;
import com.marginportal.security.Role;
import com.marginportal.security.StaffWorkload;
import com.marginportal.security.UserSummary;
import com.marginportal.workflow.CaseHolderLists.Advisor;
import com.marginportal.workflow.ContactForm.Channel;
import com.marginportal.workflow.ContactForm.Plan;

import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who holds a case in handling is one fact, the same in every list and on its advisor tasks (docs/workflow.md, "Who
 * holds a case"), after each way a case changes hands: the board's reassignment, a bulk client reassignment, an
 * advisor's handover, an import that names the client's advisor and an advisor taking the task from the pool. The advisors are new ones of branch 1, so their
 * lists hold only this test's cases.
 */
class CaseHolderModuleIT extends WorkflowModuleSupport {

    private static final ContactForm REACHED = new ContactForm(Channel.PHONE, true, Plan.TOP_UP_CASH, null, "明日补足");

    @Autowired
    CaseActions actions;
    @Autowired
    ClientBulkActions clients;
    @Autowired
    AdvisorHandover handover;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    RiskCaseQueries riskCases;
    @Autowired
    CaseBoard board;
    @Autowired
    TaskInbox inbox;
    @Autowired
    CaseHistories histories;
    @Autowired
    StaffWorkload workload;
    @Autowired
    ImportService imports;

    private CaseHolderLists lists;
    private Advisor first;
    private Advisor second;
    private Advisor third;

    @BeforeEach
    void advisors() {
        lists = new CaseHolderLists(this, jdbc, riskCases, board, inbox, taskService, runtime, workload, histories);
        first = advisor("holder-a");
        second = advisor("holder-b");
        third = advisor("holder-c");
        jdbc.sql("UPDATE client SET advisor_id = ? WHERE id = ?").params(first.id(), account.clientId).update();
    }

    /** Regression: the board's reassignment moved the task but left the case (lists, scopes) with the previous advisor. */
    @Test
    void aCaseAManagerReassignsIsTheNewAdvisorsInEveryList() {
        ProcessInstance p = breachAt("8.90");
        long caseId = Long.parseLong(p.getBusinessKey());
        assertThat(lists.disagreements(caseId, first, all())).isEmpty();

        as(manager, () -> actions.reassign(caseId, second.id()));
        assertThat(lists.disagreements(caseId, second, all())).isEmpty();
        assertThat(lists.workloads(java.util.Map.of(first, 0L, second, 1L))).isEmpty();

        scan();
        assertThat(lists.disagreements(caseId, second, all())).as("the next scan keeps the manager's choice").isEmpty();
        moveClientTo(third);
        assertThat(lists.disagreements(caseId, second, all()))
                .as("a case a manager gave to another advisor stays with her when the client moves").isEmpty();

        as(manager, () -> actions.reassign(caseId, third.id()));
        moveClientTo(first);
        assertThat(lists.disagreements(caseId, first, all()))
                .as("given back to the client's advisor, the case follows the client again").isEmpty();
    }

    /** Regression: after a bulk client reassignment the case stayed with the previous advisor until a scan, its task for good. */
    @Test
    void aClientsOpenCaseAndItsTasksMoveWithTheClientAtOnce() {
        ProcessInstance p = breachAt("8.90");
        long caseId = Long.parseLong(p.getBusinessKey());

        moveClientTo(second);
        assertThat(lists.disagreements(caseId, second, all())).isEmpty();

        as(second.username(), () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(), REACHED));
        assertThat(task(p.getId(), "followUp").getAssignee()).isEqualTo(second.username());
        assertThat(lists.disagreements(caseId, second, all())).as("the tasks to come go to her too").isEmpty();
    }

    /** Regression: the handover moved the task but the successor did not see the case in her lists. */
    @Test
    void aHandedOverCaseIsTheSuccessorsInEveryList() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());

        as(admin, () -> handover.handOver(first.id(), second.id(), false));
        assertThat(lists.disagreements(caseId, second, all())).isEmpty();
        assertThat(lists.workloads(java.util.Map.of(first, 0L, second, 1L))).isEmpty();
    }

    /** An advisor who takes the case's task from the pool takes the case; her choice stays when the client moves. */
    @Test
    void anAdvisorWhoTakesTheTaskFromThePoolTakesTheCase() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        String taskId = task(p.getId(), "contactClient").getId();

        as(first.username(), () -> inbox.unclaim(taskId));
        assertThat(task(p.getId(), "contactClient").getAssignee()).isNull();
        as(second.username(), () -> inbox.claim(taskId));
        assertThat(lists.disagreements(caseId, second, all())).isEmpty();

        moveClientTo(third);
        assertThat(lists.disagreements(caseId, second, all())).isEmpty();
    }

    /** The archive names another advisor for the client: the import moves her open case and task like a manager's move. */
    @Test
    void anImportThatNamesAnotherAdvisorMovesTheClientsOpenCase() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        String csv = "client_number,name,gender,birth_date,id_number,phone,email,address,branch_code,advisor,"
                + "risk_tolerance,investment_preference,investment_horizon,advisory_agreement,preferred_language,"
                + "trading_since,opened_on,status,credit_account\n"
                + account.clientId + ",测试客户,M,1978-04-16,310115197804161358,13800001234," + account.email + ",,B" + branch.id() + ","
                + second.username() + ",C4,BALANCED,MEDIUM,N,zh-CN,2012-01-09,2020-01-01,ACTIVE," + account.accountId + "\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);

        ImportResult result = as(admin, () -> imports.importFile(new ImportRequest(ImportKind.CLIENTS,
                ImportSource.API, "clients.csv", null), () -> new ByteArrayInputStream(bytes)));
        assertThat(result.succeeded()).as(String.valueOf(result.errors())).isTrue();
        assertThat(lists.disagreements(caseId, second, all())).isEmpty();
    }

    private void moveClientTo(Advisor advisor) {
        as(manager, () -> clients.reassignAdvisor(ClientFilter.NONE.withText(Long.toString(account.clientId)),
                advisor.id()));
    }

    private List<Advisor> all() {
        return List.of(first, second, third);
    }

    private Advisor advisor(String prefix) {
        String login = prefix + "-" + System.nanoTime() % 1_000_000;
        UserSummary created = as(admin, () -> accounts.create(new NewAccount(login, "测试客户经理", Role.ADVISOR, branch.id(),
                null, null, "Margin-2026x")));
        return new Advisor(created.id(), created.username());
    }
}
