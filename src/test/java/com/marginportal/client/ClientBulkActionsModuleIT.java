package com.marginportal.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.marginportal.security.AuditLog;
import com.marginportal.support.ClientFixture;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.SignedIn;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Managers' bulk actions on the filtered list: reassignment all-or-nothing within the rules, audited; the CSV
 * export streams the same set masked. Advisors reach neither, whatever the UI shows. The filters and the export's
 * columns include the segments, which classification supplies (client.segment): a slice of classification with the
 * modules it uses, client among them (no breach workflow follows a reassignment here). Each test has two
 * branches of its own: one with three advisors and two clients of the first, one with an advisor.
 */
// as classification.ClassificationModuleSupport names it: one context for the classification slices
@ApplicationModuleTest(module = "classification", mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"importing", "service", "notification"}, verifyAutomatically = false)
class ClientBulkActionsModuleIT extends ModuleSlice {

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
    @Autowired
    private UserDetailsService users;

    private StaffFixture staff;
    private StaffFixture.Branch branch;
    private StaffFixture.Branch other;
    private ClientFixture fixture;
    private long first;
    private long second;

    @BeforeEach
    void twoClientsOfTheFirstAdvisor() {
        staff = new StaffFixture(jdbc);
        branch = staff.branch(3);
        other = staff.branch(1);
        fixture = new ClientFixture(jdbc);
        first = fixture.client(branch.id(), branch.advisor(1));
        second = fixture.client(branch.id(), branch.advisor(1));
        fixture.computed(first, "RISK_LEVEL", "HIGH").computed(second, "RISK_LEVEL", "LOW");
    }

    @Test
    void aManagerReassignsExactlyTheFilteredSetWithOneAuditEntry() {
        ClientFilter highRisk = ClientFilter.NONE.withText(fixture.marker).withSegment("RISK_LEVEL", "HIGH");
        long moved = SignedIn.as(users, branch.manager(), () -> bulk.reassignAdvisor(highRisk, user(branch.advisor(2))));

        assertThat(moved).isEqualTo(1);
        assertThat(fixture.advisorOf(first)).isEqualTo(user(branch.advisor(2)));
        assertThat(fixture.advisorOf(second)).as("not in the filter").isEqualTo(user(branch.advisor(1)));
        assertThat(auditLog.latest("CLIENTS_REASSIGNED", 1)).singleElement().satisfies(e -> {
            assertThat(e.username()).isEqualTo(branch.manager());
            assertThat(e.entityId()).isEqualTo(String.valueOf(user(branch.advisor(2))));
            assertThat(e.details()).startsWith("1 clients → " + branch.advisor(2)).contains("Risk level: High risk")
                    .contains("Name or client no.: " + fixture.marker);
        });
    }

    @Test
    void anAdvisorOfAnotherBranchIsRejectedAndNothingChanges() {
        int audits = auditLog.latest("CLIENTS_REASSIGNED", 1000).size();
        assertThatThrownBy(() -> SignedIn.as(users, branch.manager(), () -> bulk.reassignAdvisor(
                ClientFilter.NONE.withText(fixture.marker), user(other.advisor(1)))))
                .isInstanceOfSatisfying(BulkActionRejected.class,
                        e -> assertThat(e.problem()).isEqualTo(BulkActionRejected.Problem.ADVISOR_OF_OTHER_BRANCH));
        assertThat(List.of(fixture.advisorOf(first), fixture.advisorOf(second))).containsOnly(user(branch.advisor(1)));
        assertThat(auditLog.latest("CLIENTS_REASSIGNED", 1000)).hasSize(audits);
    }

    @Test
    void anAdminCannotMoveClientsOfTwoBranchesToOneAdvisor() {
        String admin = staff.admin();
        long elsewhere = fixture.client(other.id(), other.advisor(1));
        assertThatThrownBy(() -> SignedIn.as(users, admin, () -> bulk.reassignAdvisor(
                ClientFilter.NONE.withText(fixture.marker), user(branch.advisor(2)))))
                .isInstanceOfSatisfying(BulkActionRejected.class,
                        e -> assertThat(e.problem()).isEqualTo(BulkActionRejected.Problem.CLIENTS_OF_OTHER_BRANCHES));
        assertThat(fixture.advisorOf(first)).isEqualTo(user(branch.advisor(1)));
        assertThat(fixture.advisorOf(elsewhere)).isEqualTo(user(other.advisor(1)));

        assertThat(SignedIn.as(users, admin, () -> bulk.reassignAdvisor(
                ClientFilter.NONE.withText(fixture.marker).withBranch(branch.id()), user(branch.advisor(2)))))
                .isEqualTo(2);
    }

    @Test
    void aDisabledAdvisorOrAManagerIsNoTarget() {
        long disabled = user(branch.advisor(3));
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id = ?").param(disabled).update();
        ClientFilter mine = ClientFilter.NONE.withText(fixture.marker);
        assertThatThrownBy(() -> SignedIn.as(users, branch.manager(), () -> bulk.reassignAdvisor(mine, disabled)))
                .isInstanceOfSatisfying(BulkActionRejected.class,
                        e -> assertThat(e.problem()).isEqualTo(BulkActionRejected.Problem.ADVISOR_INACTIVE));
        assertThatThrownBy(() -> SignedIn.as(users, branch.manager(),
                () -> bulk.reassignAdvisor(mine, user(branch.manager()))))
                .isInstanceOfSatisfying(BulkActionRejected.class,
                        e -> assertThat(e.problem()).isEqualTo(BulkActionRejected.Problem.NOT_AN_ADVISOR));
        assertThatThrownBy(() -> SignedIn.as(users, branch.manager(),
                () -> bulk.reassignAdvisor(mine.withBranch(other.id()), user(branch.advisor(2)))))
                .as("nothing of the other branch is in this branch's manager's scope")
                .isInstanceOfSatisfying(BulkActionRejected.class,
                        e -> assertThat(e.problem()).isEqualTo(BulkActionRejected.Problem.NO_CLIENTS));
        assertThat(List.of(fixture.advisorOf(first), fixture.advisorOf(second))).containsOnly(user(branch.advisor(1)));
    }

    @Test
    void anAdvisorCanNeitherReassignNorExport() {
        ClientFilter mine = ClientFilter.NONE.withText(fixture.marker);
        String advisor = branch.advisor(1);
        assertThatThrownBy(() -> SignedIn.as(users, advisor, () -> bulk.reassignAdvisor(mine, user(branch.advisor(2)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(users, advisor, () -> csv(mine, new ByteArrayOutputStream())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.advisorOf(first)).isEqualTo(user(advisor));
    }

    @Test
    void theExportIsExcelReadyUtf8WithMaskedIdentityData() {
        fixture.suitabilityIssue(first);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClientFilter mine = ClientFilter.NONE.withText(fixture.marker);
        long rows = SignedIn.as(users, branch.manager(), () -> csv(mine, out));

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).as("byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("客户号,姓名,身份证号,手机,营业部,客户经理,风险承受能力,总资产,维持担保比例(%),"
                + "风险等级,交易行为,资产规模,服务需求,适当性问题");
        assertThat(rows).isEqualTo(2).isEqualTo(SignedIn.as(users, branch.manager(), () -> directory.count(mine)));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(first + "," + fixture.marker + "-")
                .contains(",110***********002X,138****1234,测试营业部" + branch.id() + ",")
                .contains(",C4,100000.00,,HIGH,UNCLASSIFIED,UNCLASSIFIED,UNCLASSIFIED,是")
                .doesNotContain("11010519491231002X").doesNotContain("13800001234");
        assertThat(lines.get(2)).startsWith(String.valueOf(second)).endsWith(",LOW,UNCLASSIFIED,UNCLASSIFIED,UNCLASSIFIED,否");
        assertThat(auditLog.latest("CLIENTS_EXPORTED", 1)).singleElement()
                .satisfies(e -> assertThat(e.details()).isEqualTo("2 clients; filter: Name or client no.: " + fixture.marker));
    }

    private long user(String username) {
        return staff.userId(username);
    }

    private long csv(ClientFilter filter, ByteArrayOutputStream out) {
        try {
            return export.writeCsv(filter, LABELS, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
