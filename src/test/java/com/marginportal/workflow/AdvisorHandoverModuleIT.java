package com.marginportal.workflow;

import com.marginportal.administration.AdvisorHandover;
import com.marginportal.administration.HandoverPreview;
import com.marginportal.administration.HandoverRejected;
import com.marginportal.security.AccountAdministration;
import com.marginportal.security.AccountChangeRejected;
import com.marginportal.security.AuditLog;
import com.marginportal.security.NewAccount;
import com.marginportal.security.Role;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserSummary;
import com.marginportal.support.ClientFixture;

import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An advisor leaves: their clients and their open breach case (with its open contact task) go to another advisor
 * of the branch in one audited step, after a preview with the counts; a wrong successor changes nothing, and an
 * advisor who still holds work cannot simply be disabled.
 */
class AdvisorHandoverModuleIT extends WorkflowModuleSupport {

    private static final String PASSWORD = "Margin-2026x";

    @Autowired
    AccountAdministration accounts;
    @Autowired
    AdvisorHandover handover;
    @Autowired
    AuditLog audit;
    @Autowired
    CaseBoard board;

    @Test
    void aLeavingAdvisorsClientsAndOpenCasesGoToTheSuccessorInOneAuditedStep() {
        UserSummary leaver = advisor("leaver");
        UserSummary successor = advisor("successor");
        long ownClient = new ClientFixture(jdbc).client(branch.id(), leaver.username());
        jdbc.sql("UPDATE client SET advisor_id = ? WHERE id = ?").params(leaver.id(), account.clientId).update();
        ProcessInstance p = breachAt("9.50");
        assertThat(task(p.getId(), "contactClient").getAssignee()).isEqualTo(leaver.username());

        HandoverPreview preview = as(admin, () -> handover.preview(leaver.id()));
        assertThat(preview.clients()).isEqualTo(2);
        assertThat(preview.openCases()).isEqualTo(1);
        assertThat(preview.successors().stream().map(UserAccount::username).toList()).contains(successor.username())
                .doesNotContain(leaver.username(), otherAdvisor);

        assertThatThrownBy(() -> as(admin, () -> accounts.setEnabled(leaver.id(), false)))
                .as("cannot just disable an advisor who holds work")
                .isInstanceOfSatisfying(AccountChangeRejected.class, e -> {
                    assertThat(e.problem()).isEqualTo(AccountChangeRejected.Problem.HOLDS_WORK);
                    assertThat(e.args()).containsExactly(leaver.username(), 2L, 1L, 0L);
                });
        long advisor5 = staff.userId(otherAdvisor);
        assertThatThrownBy(() -> as(admin, () -> handover.handOver(leaver.id(), advisor5, true)))
                .isInstanceOfSatisfying(HandoverRejected.class,
                        e -> assertThat(e.problem()).isEqualTo(HandoverRejected.Problem.NO_SUCCESSOR));
        assertThat(advisorOf(ownClient)).as("nothing changed").isEqualTo(leaver.id());

        HandoverPreview done = as(admin, () -> handover.handOver(leaver.id(), successor.id(), true));
        assertThat(done.clients()).isEqualTo(2);
        assertThat(done.openCases()).isEqualTo(1);
        assertThat(advisorOf(ownClient)).isEqualTo(successor.id());
        assertThat(advisorOf(account.clientId)).isEqualTo(successor.id());
        assertThat(task(p.getId(), "contactClient").getAssignee()).isEqualTo(successor.username());
        assertThat(as(admin, () -> board.row(account.openCaseId())).orElseThrow().assignee()).isEqualTo(successor.username());
        assertThat(as(admin, () -> accounts.account(leaver.id())).enabled()).isFalse();
        assertThat(audit.latest("ADVISOR_HANDOVER", 20)).filteredOn(r -> leaver.username().equals(r.entityId()))
                .singleElement().satisfies(r -> assertThat(r.details()).isEqualTo("2 clients, 1 open cases, 0 service requests, 0 contact tasks: "
                        + leaver.username() + " → " + successor.username() + "; " + leaver.username() + " disabled"));
    }

    /** Regression: the handover moved clients and cases but left the leaver's open service work on a disabled account. */
    @Test
    void openServiceRequestsAndContactTasksMoveWithTheHandover() {
        UserSummary leaver = advisor("leaver-service");
        UserSummary successor = advisor("successor-service");
        long client = new ClientFixture(jdbc).client(branch.id(), leaver.username());
        long open = serviceRequest(client, leaver.id(), "OPEN");
        long started = serviceRequest(client, leaver.id(), "IN_PROGRESS");
        long done = serviceRequest(client, leaver.id(), "DONE");
        long task = contactTask(client, leaver.id());

        as(admin, () -> handover.handOver(leaver.id(), successor.id(), true));

        assertThat(holder("service_request", open)).isEqualTo(successor.id());
        assertThat(holder("service_request", started)).isEqualTo(successor.id());
        assertThat(holder("service_request", done)).as("a closed request keeps who closed it").isEqualTo(leaver.id());
        assertThat(holder("contact_task", task)).isEqualTo(successor.id());
        assertThat(audit.latest("ADVISOR_HANDOVER", 20)).filteredOn(r -> leaver.username().equals(r.entityId()))
                .singleElement().satisfies(r -> assertThat(r.details()).contains("2 service requests, 1 contact tasks"));
    }

    @Test
    void anAdvisorWithOnlyOpenServiceWorkCannotSimplyBeDisabled() {
        UserSummary leaver = advisor("leaver-only-service");
        long client = new ClientFixture(jdbc).client(branch.id(), null);
        serviceRequest(client, leaver.id(), "OPEN");
        assertThatThrownBy(() -> as(admin, () -> accounts.setEnabled(leaver.id(), false)))
                .isInstanceOfSatisfying(AccountChangeRejected.class,
                        e -> assertThat(e.problem()).isEqualTo(AccountChangeRejected.Problem.HOLDS_WORK));
    }

    private long serviceRequest(long clientId, long advisorId, String status) {
        jdbc.sql("""
                INSERT INTO service_request (client_id, branch_id, advisor_id, request_type, channel, content, status,
                       due_at, created_at, created_by)
                VALUES (?, ?, ?, 'INFORMATION', 'PHONE', '询问追保规则', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'test')""")
                .params(clientId, branch.id(), advisorId, status).update();
        return jdbc.sql("SELECT MAX(id) FROM service_request WHERE client_id = ?").param(clientId).query(Long.class).single();
    }

    private long contactTask(long clientId, long advisorId) {
        long plan = jdbc.sql("SELECT MIN(id) FROM contact_plan").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO contact_task (plan_id, client_id, open_client_id, branch_id, advisor_id, status, created_at, due_at)
                VALUES (?, ?, ?, ?, ?, 'OPEN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(plan, clientId, clientId, branch.id(), advisorId).update();
        return jdbc.sql("SELECT MAX(id) FROM contact_task WHERE client_id = ?").param(clientId).query(Long.class).single();
    }

    private Long holder(String table, long id) {
        return jdbc.sql("SELECT advisor_id FROM " + table + " WHERE id = ?").param(id).query(Long.class).single();
    }

    @Test
    void onlyAdminsHandOver() {
        UserSummary leaver = advisor("leaver-denied");
        assertThatThrownBy(() -> as(manager, () -> handover.preview(leaver.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private UserSummary advisor(String prefix) {
        String login = prefix + "-" + System.nanoTime() % 1_000_000;
        return as(admin, () -> accounts.create(new NewAccount(login, "测试客户经理", Role.ADVISOR, branch.id(), null, null, PASSWORD)));
    }

    private Long advisorOf(long clientId) {
        return jdbc.sql("SELECT advisor_id FROM client WHERE id = ?").param(clientId).query(Long.class).single();
    }
}
