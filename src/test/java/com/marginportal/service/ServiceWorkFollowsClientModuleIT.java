package com.marginportal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.marginportal.client.ClientBulkActions;
import com.marginportal.client.ClientFilter;
import com.marginportal.importing.ImportKind;
import com.marginportal.importing.ImportRequest;
import com.marginportal.importing.ImportResult;
import com.marginportal.importing.ImportService;
import com.marginportal.importing.ImportSource;
import com.marginportal.risk.RiskFixture;
import com.marginportal.security.AccountAdministration;
import com.marginportal.security.NewAccount;
import com.marginportal.security.Role;
import com.marginportal.security.UserSummary;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A client's open service requests and planned contacts follow the client's advisor (docs/workflow.md, "Who holds a
 * client's service work"): when a manager moves the client, or an import names another advisor, they move in the
 * same step; what is done stays with whoever did it. The advisors are new ones of the test's branch.
 */
class ServiceWorkFollowsClientModuleIT extends ServiceModuleSupport {

    @Autowired
    ClientBulkActions clients;
    @Autowired
    ImportService imports;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    ServiceRequests requests;
    @Autowired
    ContactTasks contactTasks;

    private RiskFixture client;
    private UserSummary first;
    private UserSummary second;

    @BeforeEach
    void aClientOfANewAdvisor() {
        client = newClient();
        first = advisor("svc-a");
        second = advisor("svc-b");
        jdbc.sql("UPDATE client SET advisor_id = ? WHERE id = ?").params(first.id(), client.clientId).update();
    }

    /** Regression: the bulk reassignment moved the client and her cases, but her open service work stayed behind. */
    @Test
    void aManagersMoveTakesTheClientsOpenRequestsAndPlannedContactsAlong() {
        Work work = work();

        as(branch.manager(), () -> clients.reassignAdvisor(ClientFilter.NONE.withText(Long.toString(client.clientId)),
                second.id()));

        assertHeld(work, second.id(), first.id());
        assertThat(as(second.username(), () -> requests.find(work.open()))).as("in her lists").isPresent();
        assertThat(as(first.username(), () -> requests.find(work.open()))).as("no longer in his").isEmpty();
        assertThat(as(second.username(), () -> contactTasks.openTask(work.task()))).isPresent();
        assertThat(as(first.username(), () -> contactTasks.openTask(work.task()))).isEmpty();
    }

    /** Regression: an import that named another advisor left the client's open service work with the previous one. */
    @Test
    void anImportThatNamesAnotherAdvisorTakesThemAlong() {
        Work work = work();
        String csv = "client_number,name,gender,birth_date,id_number,phone,email,address,branch_code,advisor,"
                + "risk_tolerance,investment_preference,investment_horizon,advisory_agreement,preferred_language,"
                + "trading_since,opened_on,status,credit_account\n"
                + client.clientId + ",测试客户,M,1978-04-16,310115197804161358,13800001234," + client.email + ",,B" + branch.id() + ","
                + second.username() + ",C4,BALANCED,MEDIUM,N,zh-CN,2012-01-09,2020-01-01,ACTIVE," + client.accountId + "\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);

        ImportResult result = as(admin, () -> imports.importFile(new ImportRequest(ImportKind.CLIENTS,
                ImportSource.API, "clients.csv", null), () -> new ByteArrayInputStream(bytes)));

        assertThat(result.succeeded()).as(String.valueOf(result.errors())).isTrue();
        assertHeld(work, second.id(), first.id());
    }

    /**
     * Regression: an import that moved the client to another branch (naming an advisor of that branch, as it must) left
     * her open service work in the old branch, out of sight of the new branch's managers.
     */
    @Test
    void anImportThatMovesTheClientToAnotherBranchTakesHerOpenWorkAlong() {
        Work work = work();
        String csv = "client_number,name,gender,birth_date,id_number,phone,email,address,branch_code,advisor,"
                + "risk_tolerance,investment_preference,investment_horizon,advisory_agreement,preferred_language,"
                + "trading_since,opened_on,status,credit_account\n"
                + client.clientId + ",测试客户,M,1978-04-16,310115197804161358,13800001234," + client.email + ",,B" + otherBranch.id() + ","
                + otherBranch.advisor(1) + ",C4,BALANCED,MEDIUM,N,zh-CN,2012-01-09,2020-01-01,ACTIVE," + client.accountId + "\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        long newAdvisor = userId(otherBranch.advisor(1));

        ImportResult result = as(admin, () -> imports.importFile(new ImportRequest(ImportKind.CLIENTS,
                ImportSource.API, "clients.csv", null), () -> new ByteArrayInputStream(bytes)));

        assertThat(result.succeeded()).as(String.valueOf(result.errors())).isTrue();
        assertThat(branch("service_request", work.open())).as("an open request").isEqualTo(otherBranch.id());
        assertThat(branch("service_request", work.started())).as("a request in progress").isEqualTo(otherBranch.id());
        assertThat(branch("contact_task", work.task())).as("an open planned contact").isEqualTo(otherBranch.id());
        assertThat(branch("service_request", work.done())).as("done work stays where it was done").isEqualTo(branch.id());
        assertThat(branch("contact_task", work.doneTask())).isEqualTo(branch.id());
        assertHeld(work, newAdvisor, first.id()); // her new branch's advisor holds her open work
        assertThat(as(otherBranch.manager(), () -> requests.find(work.open()))).as("the new branch's managers").isPresent();
        assertThat(as(branch.manager(), () -> requests.find(work.open()))).as("no longer the old branch's").isEmpty();
    }

    private Long branch(String table, long id) {
        return jdbc.sql("SELECT branch_id FROM " + table + " WHERE id = ?").param(id).query(Long.class).single();
    }

    private Work work() {
        return new Work(request("OPEN"), request("IN_PROGRESS"), request("DONE"), contactTask("OPEN"),
                contactTask("DONE"));
    }

    /** The client's service work, open and done, all held by the first advisor to begin with. */
    private record Work(long open, long started, long done, long task, long doneTask) {
    }

    private long request(String status) {
        jdbc.sql("""
                INSERT INTO service_request (client_id, branch_id, advisor_id, request_type, channel, content, status,
                       due_at, created_at, created_by)
                VALUES (?, ?, ?, 'INFORMATION', 'PHONE', '询问追保规则', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'test')""")
                .params(client.clientId, branch.id(), first.id(), status).update();
        return jdbc.sql("SELECT MAX(id) FROM service_request WHERE client_id = ?").param(client.clientId)
                .query(Long.class).single();
    }

    private long contactTask(String status) {
        long plan = jdbc.sql("SELECT MIN(id) FROM contact_plan").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO contact_task (plan_id, client_id, open_client_id, branch_id, advisor_id, status, created_at, due_at)
                VALUES (?, ?, NULL, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(plan, client.clientId, branch.id(), first.id(), status).update();
        return jdbc.sql("SELECT MAX(id) FROM contact_task WHERE client_id = ?").param(client.clientId)
                .query(Long.class).single();
    }

    private Long holder(String table, long id) {
        return jdbc.sql("SELECT advisor_id FROM " + table + " WHERE id = ?").param(id).query(Long.class).single();
    }

    private UserSummary advisor(String prefix) {
        String login = prefix + "-" + System.nanoTime() % 1_000_000;
        UserSummary created = as(admin, () -> accounts.create(new NewAccount(login, "测试客户经理", Role.ADVISOR, branch.id(),
                null, null, "Margin-2026x")));
        jdbc.sql("UPDATE app_user SET password_change_required = FALSE WHERE id = ?").param(created.id()).update();
        return created;
    }

    private void assertHeld(Work work, long now, long before) {
        assertThat(holder("service_request", work.open())).as("an open request").isEqualTo(now);
        assertThat(holder("service_request", work.started())).as("a request in progress").isEqualTo(now);
        assertThat(holder("service_request", work.done())).as("a done request stays with who did it").isEqualTo(before);
        assertThat(holder("contact_task", work.task())).as("an open planned contact").isEqualTo(now);
        assertThat(holder("contact_task", work.doneTask())).as("a done contact stays").isEqualTo(before);
    }
}
