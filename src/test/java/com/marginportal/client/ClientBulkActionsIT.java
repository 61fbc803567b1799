package com.marginportal.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.marginportal.security.AuditLog;
import com.marginportal.support.ClientFixture;
import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Managers' bulk actions on the filtered list: reassignment all-or-nothing within the rules, audited; the CSV
 * export streams the same set masked. Advisors reach neither, whatever the UI shows.
 */
class ClientBulkActionsIT extends IntegrationTest {

    @Autowired
    private ClientBulkActions bulk;
    @Autowired
    private ClientExport export;
    @Autowired
    private ClientDirectory directory;
    @Autowired
    private AuditLog auditLog;
    @Autowired
    private JdbcClient jdbc;

    private ClientFixture fixture;
    private long first;
    private long second;

    @BeforeEach
    void twoClientsOfAdvisor1() {
        fixture = new ClientFixture(jdbc);
        first = fixture.client(1, "advisor1");
        second = fixture.client(1, "advisor1");
        fixture.computed(first, "RISK_LEVEL", "HIGH").computed(second, "RISK_LEVEL", "LOW");
    }

    @Test
    @WithUserDetails("manager1")
    void aManagerReassignsExactlyTheFilteredSetWithOneAuditEntry() {
        ClientFilter highRisk = ClientFilter.NONE.withText(fixture.marker).withSegment("RISK_LEVEL", "HIGH");
        long moved = bulk.reassignAdvisor(highRisk, user("advisor2"));

        assertThat(moved).isEqualTo(1);
        assertThat(fixture.advisorOf(first)).isEqualTo(user("advisor2"));
        assertThat(fixture.advisorOf(second)).as("not in the filter").isEqualTo(user("advisor1"));
        assertThat(auditLog.latest("CLIENTS_REASSIGNED", 1)).singleElement().satisfies(e -> {
            assertThat(e.username()).isEqualTo("manager1");
            assertThat(e.entityId()).isEqualTo(String.valueOf(user("advisor2")));
            assertThat(e.details()).startsWith("1 clients → advisor2").contains("Risk level: High risk")
                    .contains("Name or client no.: " + fixture.marker);
        });
    }

    @Test
    @WithUserDetails("manager1")
    void anAdvisorOfAnotherBranchIsRejectedAndNothingChanges() {
        int audits = auditLog.latest("CLIENTS_REASSIGNED", 1000).size();
        assertThatThrownBy(() -> bulk.reassignAdvisor(ClientFilter.NONE.withText(fixture.marker), user("advisor5")))
                .isInstanceOfSatisfying(BulkActionRejected.class,
                        e -> assertThat(e.problem()).isEqualTo(BulkActionRejected.Problem.ADVISOR_OF_OTHER_BRANCH));
        assertThat(List.of(fixture.advisorOf(first), fixture.advisorOf(second))).containsOnly(user("advisor1"));
        assertThat(auditLog.latest("CLIENTS_REASSIGNED", 1000)).hasSize(audits);
    }

    @Test
    @WithUserDetails("admin")
    void anAdminCannotMoveClientsOfTwoBranchesToOneAdvisor() {
        long elsewhere = fixture.client(2, "advisor5");
        assertThatThrownBy(() -> bulk.reassignAdvisor(ClientFilter.NONE.withText(fixture.marker), user("advisor2")))
                .isInstanceOfSatisfying(BulkActionRejected.class,
                        e -> assertThat(e.problem()).isEqualTo(BulkActionRejected.Problem.CLIENTS_OF_OTHER_BRANCHES));
        assertThat(fixture.advisorOf(first)).isEqualTo(user("advisor1"));
        assertThat(fixture.advisorOf(elsewhere)).isEqualTo(user("advisor5"));

        assertThat(bulk.reassignAdvisor(ClientFilter.NONE.withText(fixture.marker).withBranch(1L), user("advisor2")))
                .isEqualTo(2);
    }

    @Test
    @WithUserDetails("manager1")
    void aDisabledAdvisorOrAManagerIsNoTarget() {
        long disabled = jdbc.sql("SELECT id FROM app_user WHERE username = 'advisor3'").query(Long.class).single();
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id = ?").param(disabled).update();
        try {
            assertThatThrownBy(() -> bulk.reassignAdvisor(ClientFilter.NONE.withText(fixture.marker), disabled))
                    .isInstanceOfSatisfying(BulkActionRejected.class,
                            e -> assertThat(e.problem()).isEqualTo(BulkActionRejected.Problem.ADVISOR_INACTIVE));
        } finally {
            jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE id = ?").param(disabled).update();
        }
        assertThatThrownBy(() -> bulk.reassignAdvisor(ClientFilter.NONE.withText(fixture.marker), user("manager1")))
                .isInstanceOfSatisfying(BulkActionRejected.class,
                        e -> assertThat(e.problem()).isEqualTo(BulkActionRejected.Problem.NOT_AN_ADVISOR));
        assertThatThrownBy(() -> bulk.reassignAdvisor(ClientFilter.NONE.withText(fixture.marker).withBranch(2L), user("advisor2")))
                .as("nothing of branch 2 is in a branch-1 manager's scope")
                .isInstanceOfSatisfying(BulkActionRejected.class,
                        e -> assertThat(e.problem()).isEqualTo(BulkActionRejected.Problem.NO_CLIENTS));
        assertThat(List.of(fixture.advisorOf(first), fixture.advisorOf(second))).containsOnly(user("advisor1"));
    }

    @Test
    @WithUserDetails("advisor1")
    void anAdvisorCanNeitherReassignNorExport() {
        ClientFilter mine = ClientFilter.NONE.withText(fixture.marker);
        assertThatThrownBy(() -> bulk.reassignAdvisor(mine, user("advisor2"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.writeCsv(mine, LABELS, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.advisorOf(first)).isEqualTo(user("advisor1"));
    }

    @Test
    @WithUserDetails("manager1")
    void theExportIsExcelReadyUtf8WithMaskedIdentityData() throws IOException {
        fixture.suitabilityIssue(first);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClientFilter mine = ClientFilter.NONE.withText(fixture.marker);
        long rows = export.writeCsv(mine, LABELS, out);

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).as("byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("客户号,姓名,身份证号,手机,营业部,客户经理,风险承受能力,总资产,维持担保比例(%),"
                + "风险等级,交易行为,资产规模,服务需求,适当性问题");
        assertThat(rows).isEqualTo(2).isEqualTo(directory.count(mine));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(first + "," + fixture.marker + "-")
                .contains(",110***********002X,138****1234,上海浦东新区营业部,")
                .contains(",C4,100000.00,,HIGH,UNCLASSIFIED,UNCLASSIFIED,UNCLASSIFIED,是")
                .doesNotContain("11010519491231002X").doesNotContain("13800001234");
        assertThat(lines.get(2)).startsWith(String.valueOf(second)).endsWith(",LOW,UNCLASSIFIED,UNCLASSIFIED,UNCLASSIFIED,否");
        assertThat(auditLog.latest("CLIENTS_EXPORTED", 1)).singleElement()
                .satisfies(e -> assertThat(e.details()).isEqualTo("2 clients; filter: Name or client no.: " + fixture.marker));
    }

    private long user(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    /** Chinese headers; values as codes, so the test reads what the service wrote. */
    private static final ExportLabels LABELS = new ExportLabels() {
        @Override
        public String header(Column column) {
            return switch (column) {
                case CLIENT_ID -> "客户号";
                case NAME -> "姓名";
                case ID_NUMBER -> "身份证号";
                case PHONE -> "手机";
                case BRANCH -> "营业部";
                case ADVISOR -> "客户经理";
                case RISK_TOLERANCE -> "风险承受能力";
                case TOTAL_ASSETS -> "总资产";
                case MAINTENANCE_RATIO -> "维持担保比例(%)";
                case SUITABILITY_ISSUE -> "适当性问题";
            };
        }

        @Override
        public String dimension(String dimension) {
            return switch (dimension) {
                case "RISK_LEVEL" -> "风险等级";
                case "TRADING_BEHAVIOUR" -> "交易行为";
                case "ASSET_SCALE" -> "资产规模";
                default -> "服务需求";
            };
        }

        @Override
        public String value(String dimension, String value) {
            return value;
        }

        @Override
        public String yesNo(boolean value) {
            return value ? "是" : "否";
        }
    };
}
