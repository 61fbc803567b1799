package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.marginportal.risk.CaseFilter;
import com.marginportal.risk.RiskCaseQueries;
import com.marginportal.risk.RiskCaseRow;
import com.marginportal.workflow.ContactForm.Channel;
import com.marginportal.workflow.ContactForm.Plan;

import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One state per case, the same in every view: after a manager's decision ends the breach process, the risk case
 * list, the board row, the case file, the dashboard and Flowable agree; the account's episode stays bound to the
 * ended case (no second case, process or notice for the same breach) until the account is restored.
 */
class CaseStateModuleIT extends WorkflowModuleSupport {

    private static final ContactForm REACHED = new ContactForm(Channel.PHONE, true, Plan.TOP_UP_CASH,
            LocalDate.now().plusDays(1), "客户承诺补足");

    @Autowired
    RiskCaseQueries riskCases;
    @Autowired
    CaseBoard board;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    CaseDashboard dashboard;
    @Autowired
    BreachProcessReconciler reconciler;

    @Test
    void aForcedLiquidationHandedOffToTradingIsHandedOffInEveryView() {
        ProcessInstance p = breachAt("8.90");
        long caseId = Long.parseLong(p.getBusinessKey());
        as(advisor, () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(), REACHED));
        fireTimer(p.getId(), "deadlineReached");
        Map<String, Long> openBefore = as(manager, () -> dashboard.openByLevel());

        as(manager, () -> caseTasks.decide(task(p.getId(), "managerDecision").getId(),
                ManagerDecision.liquidate("未按期补足")));
        awaitEnded(p.getId());

        assertSameStateEverywhere(caseId, "HANDED_OFF");
        assertThat(as(manager, () -> dashboard.openByLevel()).get("MARGIN_CALL"))
                .as("the dashboard no longer counts the handed-off case as open")
                .isEqualTo(openBefore.get("MARGIN_CALL") - 1);

        int notices = notices(caseId).size();
        scan();
        assertThat(reconciler.reconcile()).as("no process for a case that is not in handling").isZero();
        assertThat(casesOfAccount()).as("the same breach opens no second case").containsExactly(caseId);
        assertThat(processesOfAccount()).isOne();
        assertThat(notices(caseId)).as("and sends no notice again").hasSize(notices);
        assertSameStateEverywhere(caseId, "HANDED_OFF");

        account.price("10.00"); // 142.86%, at the target: the episode ends
        scan();
        assertThat(boundCase()).as("the restored account is released").isNull();
        assertThat(eventTypes(caseId)).endsWith("HANDED_OFF", "RELEASED");
        assertThat(notices(caseId)).as("a release is not a restoration notice").hasSize(notices);
        assertSameStateEverywhere(caseId, "HANDED_OFF");

        account.price("8.90");
        scan();
        assertThat(casesOfAccount()).as("a new episode is a new case").hasSize(2);
    }

    @Test
    void aCaseClosedByTheManagerIsClosedInEveryView() {
        ProcessInstance p = breachAt("7.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        as(manager, () -> caseTasks.decide(task(p.getId(), "managerDecision").getId(),
                ManagerDecision.close("客户已当面处理")));
        awaitEnded(p.getId());

        assertSameStateEverywhere(caseId, "CLOSED");
        account.price("7.40"); // still below liquidation, not worse than the case's level
        scan();
        assertThat(casesOfAccount()).containsExactly(caseId);
        assertThat(processesOfAccount()).isOne();
        assertThat(boundCase()).as("the episode stays with the closed case").isEqualTo(caseId);
    }

    @Test
    void anAccountWorseThanItsClosedCaseGetsANewCaseAtTheNewLevel() {
        ProcessInstance p = breachAt("8.90");
        long caseId = Long.parseLong(p.getBusinessKey());
        as(advisor, () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(), REACHED));
        fireTimer(p.getId(), "deadlineReached");
        as(manager, () -> caseTasks.decide(task(p.getId(), "managerDecision").getId(),
                ManagerDecision.close("客户承诺自行处理")));
        awaitEnded(p.getId());

        account.price("7.50"); // 107.14%: below liquidation, worse than the closed margin call
        scan();

        List<Long> cases = casesOfAccount();
        assertThat(cases).hasSize(2).startsWith(caseId);
        assertThat(eventTypes(caseId)).endsWith("CLOSED", "RELEASED");
        assertThat(boundCase()).isEqualTo(cases.get(1));
        assertThat(jdbc.sql("SELECT level FROM risk_case WHERE id = ?").param(cases.get(1)).query(String.class).single())
                .isEqualTo("LIQUIDATION");
        assertThat(processesOfAccount()).as("the new case has its own process").isEqualTo(2);
        assertSameStateEverywhere(caseId, "CLOSED");
    }

    private void assertSameStateEverywhere(long caseId, String state) {
        RiskCaseRow listed = as(admin, () -> riskCases.search(CaseFilter.OPEN.withOpenOnly(false)
                .withClient(account.clientId), 0, 10)).stream().filter(r -> r.caseId() == caseId).findFirst().orElseThrow();
        assertThat(String.valueOf(listed.status())).as("risk case list").isEqualTo(state);
        assertThat(as(admin, () -> riskCases.search(CaseFilter.OPEN.withClient(account.clientId), 0, 10)))
                .as("not among the cases in handling").noneMatch(r -> r.caseId() == caseId);
        BoardRow row = as(manager, () -> board.row(caseId)).orElseThrow();
        assertThat(String.valueOf(row.caseStatus())).as("board row").isEqualTo(state);
        assertThat(row.isOpen()).isFalse();
        CaseFile file = as(manager, () -> caseFiles.of(caseId)).orElseThrow();
        assertThat(String.valueOf(file.row().caseStatus())).as("case file").isEqualTo(state);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(caseId)).count())
                .as("no active process").isZero();
    }

    private List<Long> casesOfAccount() {
        return jdbc.sql("SELECT id FROM risk_case WHERE account_id = ? ORDER BY id").param(account.accountId)
                .query(Long.class).list();
    }

    private long processesOfAccount() {
        return jdbc.sql("SELECT COUNT(*) FROM case_process cp JOIN risk_case r ON r.id = cp.case_id WHERE r.account_id = ?")
                .param(account.accountId).query(Long.class).single();
    }

    private Long boundCase() {
        return jdbc.sql("SELECT id FROM risk_case WHERE open_account_id = ?").param(account.accountId)
                .query(Long.class).optional().orElse(null);
    }

    private List<String> eventTypes(long caseId) {
        return jdbc.sql("SELECT event_type FROM risk_case_event WHERE case_id = ? ORDER BY id").param(caseId)
                .query(String.class).list();
    }
}
