package com.marginportal.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Row errors that need the database: unknown references and conflicts with stored data, per kind (demo data). */
class ImportReferencesIT extends IntegrationTest {

    @Autowired
    private ImportService imports;
    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
    @WithUserDetails("admin")
    void unknownSecuritiesAndAccounts() {
        assertThat(messages(run(ImportKind.POSITIONS, """
                account,code,side,quantity,cost_price
                880000000001,600519.SH,LONG,100,1400
                880999999999,600519.SH,LONG,100,1400
                880000000001,600001.SZ,LONG,100,1400
                """))).isEqualTo("""
                row 3, column account: '880999999999' is not a known credit account
                row 4, column code: '600001.SZ' is not in the securities master""");
        assertThat(messages(run(ImportKind.PRICES, "code,price,price_date\n600001.SZ,1,2026-11-25\n")))
                .isEqualTo("row 2, column code: '600001.SZ' is not in the securities master");
        assertThat(messages(run(ImportKind.BALANCES, "account,cash,interest_and_fees,credit_limit\n880999999999,1,0,0\n")))
                .isEqualTo("row 2, column account: '880999999999' is not a known credit account");
        assertThat(messages(run(ImportKind.TRADES, """
                external_id,account,code,traded_at,trade_type,quantity,price,amount
                X1,880999999999,600519.SH,2026-11-25 10:00:00,BUY,100,1400,140000
                X1,880000000001,600001.SZ,2026-11-25 10:00:00,BUY,100,1400,140000
                """))).isEqualTo("""
                row 2, column account: '880999999999' is not a known credit account
                row 3, column code: '600001.SZ' is not in the securities master
                row 3, column external_id: 'X1' appears twice in the file (also row 2)""");
    }

    @Test
    @WithUserDetails("admin")
    void clientsCheckBranchAdvisorAndCreditAccount() {
        String id = Fixtures.idNumber("310115", "19800101", "135");
        String header = "client_number,name,gender,birth_date,id_number,phone,branch_code,advisor,risk_tolerance,"
                + "investment_preference,investment_horizon,opened_on,credit_account\n";
        String row = ",测试,M,1980-01-01," + id + ",13800138000,";
        assertThat(messages(run(ImportKind.CLIENTS, header
                + "97000001" + row + "XX99,,C4,GROWTH,LONG,2020-01-02,997000000001\n"
                + "97000002" + row + "SH01,advisor5,C4,GROWTH,LONG,2020-01-02,997000000002\n"
                + "97000003" + row + "SH01,manager1,C4,GROWTH,LONG,2020-01-02,997000000003\n"
                + "97000004" + row + "SH01,advisor1,C4,GROWTH,LONG,2020-01-02,880000000001\n"
                + "10000001" + row + "SH01,advisor1,C4,GROWTH,LONG,2020-01-02,997000000005\n")))
                .isEqualTo("""
                        row 2, column branch_code: 'XX99' is not a known branch code
                        row 3, column advisor: 'advisor5' is not an advisor of branch SH01
                        row 4, column advisor: 'manager1' is not an advisor
                        row 5, column credit_account: '880000000001' belongs to client 10000001
                        row 6, column credit_account: '997000000005' differs from the client's existing credit account 880000000001""");
    }

    /**
     * Regression: a row that moved a client to another branch without naming her advisor kept her advisor of the old
     * branch. Such a row must name an advisor of the new branch; otherwise it is refused and the file changes nothing.
     */
    @Test
    @WithUserDetails("admin")
    void aClientMovedToAnotherBranchNeedsAnAdvisorOfThatBranch() {
        String id = Fixtures.idNumber("310115", "19800101", "135");
        String row = ",测试,M,1980-01-01," + id + ",13800138000,";
        String withoutAdvisors = "client_number,name,gender,birth_date,id_number,phone,branch_code,risk_tolerance,"
                + "investment_preference,investment_horizon,opened_on,credit_account\n";
        assertThat(messages(run(ImportKind.CLIENTS, withoutAdvisors
                + "97000011" + row + "SH01,C4,GROWTH,LONG,2020-01-02,997000000011\n"
                + "10000001" + row + "BJ01,C4,GROWTH,LONG,2020-01-02,880000000001\n"
                + "10000002" + row + "SH01,C4,GROWTH,LONG,2020-01-02,880000000002\n")))
                .isEqualTo("row 3, column advisor: moves the client to branch BJ01: name an advisor of that branch");
        String withAdvisors = "client_number,name,gender,birth_date,id_number,phone,branch_code,advisor,risk_tolerance,"
                + "investment_preference,investment_horizon,opened_on,credit_account\n";
        assertThat(messages(run(ImportKind.CLIENTS, withAdvisors
                + "10000001" + row + "BJ01,,C4,GROWTH,LONG,2020-01-02,880000000001\n")))
                .isEqualTo("row 2, column advisor: moves the client to branch BJ01: name an advisor of that branch");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client WHERE id = 97000011").query(Long.class).single())
                .as("the file changed nothing").isZero();
        assertThat(jdbc.sql("SELECT branch_id FROM client WHERE id = 10000001").query(Long.class).single())
                .as("still in her branch").isEqualTo(1L);
    }

    @Test
    @WithUserDetails("advisor1")
    void onlyAdminsAndIntegrationAccountsMayImport() {
        byte[] bytes = "code,price,price_date\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importFile(new ImportRequest(ImportKind.PRICES, ImportSource.UPLOAD, "x", null),
                () -> new ByteArrayInputStream(bytes))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.latestBatches(10)).isInstanceOf(AccessDeniedException.class);
    }
}
