package com.marginportal.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.marginportal.risk.RiskFixture;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Row errors that need the database: unknown references and conflicts with stored data, per kind. A slice of the
 * importing module with the modules it uses; each test has two branches of its own and two accounts of the first
 * (each with its client and a security of its own), signed in as an administrator of its own.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@WithUserDetails(value = ImportReferencesModuleIT.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class ImportReferencesModuleIT extends ModuleSlice {

    static final String ADMIN = "imports-admin";
    static final String ADVISOR = "imports-advisor";

    @Autowired
    private ImportService imports;
    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private StaffFixture.Branch branch;
    private StaffFixture.Branch other;
    private RiskFixture held;
    private RiskFixture second;

    @BeforeEach
    void twoBranchesAndTwoAccounts() {
        StaffFixture staff = new StaffFixture(jdbc);
        staff.admin(ADMIN);
        branch = staff.branch(1);
        other = staff.branch(1);
        staff.named(ADVISOR, "ADVISOR", branch.id());
        held = new RiskFixture(jdbc, branch.id(), branch.advisor(1));
        second = new RiskFixture(jdbc, branch.id(), branch.advisor(1));
    }

    private ImportResult run(ImportKind kind, String csv) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        ImportResult result = imports.importFile(new ImportRequest(kind, ImportSource.API, "bad.csv", null),
                () -> new ByteArrayInputStream(bytes));
        assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
        return result;
    }

    private static String messages(ImportResult result) {
        return String.join("\n", result.errors().stream().map(RowError::message).toList());
    }

    @Test
    void unknownSecuritiesAndAccounts() {
        long account = held.accountId;
        String code = held.securityCode;
        assertThat(messages(run(ImportKind.POSITIONS, "account,code,side,quantity,cost_price\n"
                + account + "," + code + ",LONG,100,1400\n"
                + "880999999999," + code + ",LONG,100,1400\n"
                + account + ",600001.SZ,LONG,100,1400\n"))).isEqualTo("""
                row 3, column account: '880999999999' is not a known credit account
                row 4, column code: '600001.SZ' is not in the securities master""");
        assertThat(messages(run(ImportKind.PRICES, "code,price,price_date\n600001.SZ,1,2026-11-25\n")))
                .isEqualTo("row 2, column code: '600001.SZ' is not in the securities master");
        assertThat(messages(run(ImportKind.BALANCES, "account,cash,interest_and_fees,credit_limit\n880999999999,1,0,0\n")))
                .isEqualTo("row 2, column account: '880999999999' is not a known credit account");
        assertThat(messages(run(ImportKind.TRADES, "external_id,account,code,traded_at,trade_type,quantity,price,amount\n"
                + "X1,880999999999," + code + ",2026-11-25 10:00:00,BUY,100,1400,140000\n"
                + "X1," + account + ",600001.SZ,2026-11-25 10:00:00,BUY,100,1400,140000\n"))).isEqualTo("""
                row 2, column account: '880999999999' is not a known credit account
                row 3, column code: '600001.SZ' is not in the securities master
                row 3, column external_id: 'X1' appears twice in the file (also row 2)""");
    }

    @Test
    void clientsCheckBranchAdvisorAndCreditAccount() {
        String id = Fixtures.idNumber("310115", "19800101", "135");
        String header = "client_number,name,gender,birth_date,id_number,phone,branch_code,advisor,risk_tolerance,"
                + "investment_preference,investment_horizon,opened_on,credit_account\n";
        String row = ",测试,M,1980-01-01," + id + ",13800138000,";
        String code = "B" + branch.id();
        assertThat(messages(run(ImportKind.CLIENTS, header
                + "97000001" + row + "XX99,,C4,GROWTH,LONG,2020-01-02,997000000001\n"
                + "97000002" + row + code + "," + other.advisor(1) + ",C4,GROWTH,LONG,2020-01-02,997000000002\n"
                + "97000003" + row + code + "," + branch.manager() + ",C4,GROWTH,LONG,2020-01-02,997000000003\n"
                + "97000004" + row + code + "," + branch.advisor(1) + ",C4,GROWTH,LONG,2020-01-02," + held.accountId + "\n"
                + held.clientId + row + code + "," + branch.advisor(1) + ",C4,GROWTH,LONG,2020-01-02,997000000005\n")))
                .isEqualTo("row 2, column branch_code: 'XX99' is not a known branch code\n"
                        + "row 3, column advisor: '" + other.advisor(1) + "' is not an advisor of branch " + code + "\n"
                        + "row 4, column advisor: '" + branch.manager() + "' is not an advisor\n"
                        + "row 5, column credit_account: '" + held.accountId + "' belongs to client " + held.clientId + "\n"
                        + "row 6, column credit_account: '997000000005' differs from the client's existing credit account "
                        + held.accountId);
    }

    /**
     * Regression: a row that moved a client to another branch without naming her advisor kept her advisor of the old
     * branch. Such a row must name an advisor of the new branch; otherwise it is refused and the file changes nothing.
     */
    @Test
    void aClientMovedToAnotherBranchNeedsAnAdvisorOfThatBranch() {
        String id = Fixtures.idNumber("310115", "19800101", "135");
        String row = ",测试,M,1980-01-01," + id + ",13800138000,";
        String code = "B" + branch.id();
        String otherCode = "B" + other.id();
        String withoutAdvisors = "client_number,name,gender,birth_date,id_number,phone,branch_code,risk_tolerance,"
                + "investment_preference,investment_horizon,opened_on,credit_account\n";
        assertThat(messages(run(ImportKind.CLIENTS, withoutAdvisors
                + "97000011" + row + code + ",C4,GROWTH,LONG,2020-01-02,997000000011\n"
                + held.clientId + row + otherCode + ",C4,GROWTH,LONG,2020-01-02," + held.accountId + "\n"
                + second.clientId + row + code + ",C4,GROWTH,LONG,2020-01-02," + second.accountId + "\n")))
                .isEqualTo("row 3, column advisor: moves the client to branch " + otherCode
                        + ": name an advisor of that branch");
        String withAdvisors = "client_number,name,gender,birth_date,id_number,phone,branch_code,advisor,risk_tolerance,"
                + "investment_preference,investment_horizon,opened_on,credit_account\n";
        assertThat(messages(run(ImportKind.CLIENTS, withAdvisors
                + held.clientId + row + otherCode + ",,C4,GROWTH,LONG,2020-01-02," + held.accountId + "\n")))
                .isEqualTo("row 2, column advisor: moves the client to branch " + otherCode
                        + ": name an advisor of that branch");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client WHERE id = 97000011").query(Long.class).single())
                .as("the file changed nothing").isZero();
        assertThat(jdbc.sql("SELECT branch_id FROM client WHERE id = ?").param(held.clientId).query(Long.class).single())
                .as("still in her branch").isEqualTo(branch.id());
    }

    @Test
    @WithUserDetails(value = ADVISOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void onlyAdminsAndIntegrationAccountsMayImport() {
        byte[] bytes = "code,price,price_date\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importFile(new ImportRequest(ImportKind.PRICES, ImportSource.UPLOAD, "x", null),
                () -> new ByteArrayInputStream(bytes))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.latestBatches(10)).isInstanceOf(AccessDeniedException.class);
    }
}
