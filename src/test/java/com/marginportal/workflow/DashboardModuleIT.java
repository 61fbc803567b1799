package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The dashboard's figures and the resolution export equal a hand-made branch (DashboardFixture), per role. */
class DashboardModuleIT extends WorkflowModuleSupport {

    @Autowired
    private CaseDashboard dashboard;
    @Autowired
    private CaseExport export;

    private DashboardFixture data;

    @BeforeEach
    void branch() {
        data = new DashboardFixture(jdbc);
    }

    @AfterEach
    void removeBranch() {
        data.delete();
    }

    @Test
    void theManagerSeesExactlyTheBranchsFigures() {
        assertThat(as("dash-mgr", () -> dashboard.openByLevel()))
                .containsExactly(Map.entry("WARNING", 2L), Map.entry("MARGIN_CALL", 1L), Map.entry("LIQUIDATION", 0L));
        assertThat(as("dash-mgr", () -> dashboard.overdueTasks())).isEqualTo(2);
        assertThat(as("dash-mgr", () -> dashboard.openByBranch())).containsOnlyKeys(DashboardFixture.BRANCH);

        List<DayCount> days = as("dash-mgr", () -> dashboard.perDay(30));
        assertThat(days).hasSize(30);
        assertThat(days.get(29).day()).isEqualTo(data.day2.plusDays(2));
        assertThat(days).filteredOn(d -> d.day().equals(data.day1)).singleElement()
                .isEqualTo(new DayCount(data.day1, 3, 0));
        assertThat(days).filteredOn(d -> d.day().equals(data.day2)).singleElement()
                .isEqualTo(new DayCount(data.day2, 3, 3));
        assertThat(days.stream().mapToLong(DayCount::opened).sum()).isEqualTo(6);

        assertThat(as("dash-mgr", () -> dashboard.outcomes(30)))
                .containsExactly(Map.entry("RESTORED_BY_TOP_UP", 2L), Map.entry("FORCED_LIQUIDATION", 1L));

        assertThat(as("dash-mgr", () -> dashboard.medianTimes(30))).containsExactly(
                new MedianTimes(DashboardFixture.BRANCH, null, 4, Duration.ofMinutes(25), 3, Duration.ofHours(6)),
                new MedianTimes(DashboardFixture.BRANCH, data.adv1, 2, Duration.ofMinutes(60), 2, Duration.ofHours(4)),
                new MedianTimes(DashboardFixture.BRANCH, data.adv2, 2, Duration.ofMinutes(15), 1, Duration.ofHours(24)));
    }

    @Test
    void anAdvisorSeesTheirBookAndAnAdminEveryBranch() {
        assertThat(as("dash-adv1", () -> dashboard.openByLevel()))
                .containsExactly(Map.entry("WARNING", 1L), Map.entry("MARGIN_CALL", 1L), Map.entry("LIQUIDATION", 0L));
        assertThat(as("dash-adv1", () -> dashboard.overdueTasks())).as("the tasks dash-adv1 holds").isEqualTo(1);
        assertThat(as("dash-adv2", () -> dashboard.overdueTasks())).isEqualTo(1);
        assertThatThrownBy(() -> as("dash-adv1", () -> dashboard.perDay(30))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("dash-adv1", () -> dashboard.medianTimes(30)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as(manager, () -> dashboard.openByBranch())).doesNotContainKey(DashboardFixture.BRANCH);
        assertThat(as(manager, () -> dashboard.medianTimes(30)))
                .noneMatch(m -> m.branchId() == DashboardFixture.BRANCH);
        assertThat(as(admin, () -> dashboard.openByBranch()).get(DashboardFixture.BRANCH))
                .containsExactly(Map.entry("WARNING", 2L), Map.entry("MARGIN_CALL", 1L), Map.entry("LIQUIDATION", 0L));
        assertThat(as(admin, () -> dashboard.medianTimes(30))).filteredOn(m -> m.branchId() == DashboardFixture.BRANCH)
                .hasSize(3);
        assertThat(as(admin, () -> dashboard.outcomes(30)).get("RESTORED_BY_TOP_UP")).isGreaterThanOrEqualTo(2);
        assertThatThrownBy(() -> as(admin, () -> dashboard.perDay(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resolutionRecordsExportByDateRangeAndOutcome() throws IOException {
        ResolutionFilter topUps = new ResolutionFilter(data.day2, data.day2, ResolutionOutcome.RESTORED_BY_TOP_UP);
        List<CSVRecord> rows = csv(as("dash-mgr", () -> write(topUps)));
        assertThat(rows.get(0).get(0)).isEqualTo("#");
        assertThat(rows.subList(1, rows.size())).extracting(r -> Long.parseLong(r.get(0)))
                .containsExactly(data.cases.get(3), data.cases.get(5));
        assertThat(rows.get(1).get(3)).as("account masked").startsWith("***").hasSize(7);
        assertThat(rows.get(1).get(6)).isEqualTo("outcome.RESTORED_BY_TOP_UP");
        assertThat(rows.get(1).get(10)).isEqualTo("125.00");

        assertThat(csv(as("dash-mgr", () -> write(new ResolutionFilter(data.day1, data.day1, null))))).hasSize(1);
        assertThat(csv(as("dash-mgr", () -> write(ResolutionFilter.ANY)))).hasSize(4);
        assertThat(csv(as(manager, () -> write(topUps))))
                .noneMatch(r -> r.get(0).equals(String.valueOf(data.cases.get(3))));
        assertThatThrownBy(() -> as("dash-adv1", () -> write(topUps))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'RESOLUTIONS_EXPORTED' AND username = 'dash-mgr'")
                .query(Long.class).single()).isEqualTo(3);
    }

    private byte[] write(ResolutionFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            export.writeResolutions(filter, ExportFormat.CSV, key -> key, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static List<CSVRecord> csv(byte[] bytes) throws IOException {
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    }
}
