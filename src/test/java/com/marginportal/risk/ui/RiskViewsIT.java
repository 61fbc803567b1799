package com.marginportal.risk.ui;

import java.math.BigDecimal;
import java.util.List;

import com.marginportal.risk.RiskCaseRow;
import com.marginportal.risk.RiskFixture;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.domain.BreachReason;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.security.AuditLog;
import com.marginportal.security.PortalUser;
import com.marginportal.support.CellLinesText;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.GridKt;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._select;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The risk case list and the line settings, driven without a browser. */
class RiskViewsIT extends ViewTest {

    @Autowired
    private RiskScanService scanner;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AuditLog auditLog;

    @BeforeEach
    void scanDemoData() {
        scanner.scan(ScanTrigger.MANUAL);
    }

    @Test
    void anAdvisorSeesOnlyTheOpenCasesOfTheirClients() {
        String busiest = jdbc.sql("""
                SELECT u.username FROM risk_case c JOIN app_user u ON u.id = c.advisor_id
                 WHERE c.status = 'OPEN' GROUP BY u.username ORDER BY COUNT(*) DESC, u.username""")
                .query(String.class).list().get(0);
        PortalUser me = (PortalUser) login(busiest);
        navigate("risk/cases");
        long own = jdbc.sql("SELECT COUNT(*) FROM risk_case WHERE status = 'OPEN' AND advisor_id = ?")
                .param(me.id()).query(Long.class).single();
        long all = jdbc.sql("SELECT COUNT(*) FROM risk_case WHERE status = 'OPEN'").query(Long.class).single();
        assertThat(own).isPositive().isLessThan(all);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("case-grid")))).isEqualTo((int) own);
        assertThat(_find(Button.class, spec -> spec.withId("scan-now"))).as("advisors cannot scan").isEmpty();
        assertThat(caseListShows("advisor"))
                .as("an advisor's own cases: no advisor column").isFalse();
    }

    @Test
    void theBranchIsShownUnderTheAdvisorOnlyToWhoSeesSeveralBranches() {
        login("manager1");
        navigate("risk/cases");
        assertThat(caseGrid().getColumnByKey("advisor").getHeaderText()).as("a branch manager sees one branch")
                .isEqualTo("客户经理");
        assertThat(advisorCellLines(0)).as("the advisor's name alone").hasSize(1);
        jdbc.sql("INSERT IGNORE INTO branch (id, code, name, city) VALUES (97, 'RV97', '视图测试营业部', '上海')").update();
        login("admin");
        navigate("clients"); // a new view instance: the router keeps the one it shows when asked for it again
        navigate("risk/cases");
        assertThat(caseGrid().getColumnByKey("advisor").getHeaderText()).as("an admin sees every branch")
                .isEqualTo("客户经理 / 营业部");
        RiskCaseRow first = GridKt._get(caseGrid(), 0);
        String advisor = jdbc.sql("SELECT display_name FROM app_user WHERE id = ?").param(first.advisorId())
                .query(String.class).single();
        String branch = jdbc.sql("SELECT name FROM branch WHERE id = ?").param(first.branchId()).query(String.class).single();
        assertThat(advisorCellLines(0)).as("the branch under the advisor's name").containsExactly(advisor, branch);
    }

    /** The scan's counts are the firm's: beside a branch's list of cases they contradicted its count. */
    @Test
    void theLastScanCountsTheFirmOnlyForWhoSeesTheFirm() {
        scanner.scan(ScanTrigger.MANUAL);
        login("manager1");
        navigate("risk/cases");
        assertThat(_get(Span.class, spec -> spec.withId("last-scan")).getText()).matches("最近扫描 \\S+ \\S+（手动）");
        login("admin");
        navigate("clients");
        navigate("risk/cases");
        assertThat(_get(Span.class, spec -> spec.withId("last-scan")).getText())
                .matches("最近扫描 \\S+ \\S+（手动）：[\\d,]+ 个账户，[\\d,]+ 个低于风控线");
    }

    @Test
    void theStatusColumnIsShownOnlyWhenClosedCasesAreListedToo() {
        login("manager1");
        navigate("clients");
        navigate("risk/cases");
        assertThat(caseListShows("status")).as("open cases only: every row would say open").isFalse();
        assertThat(caseListShows("advisor")).as("a branch manager sees several advisors' cases").isTrue();
        _get(Checkbox.class, spec -> spec.withId("case-filter-open")).setValue(false);
        assertThat(caseListShows("status")).as("open and closed cases").isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFinancingRatioCaseNamesItsOwnFigureAndLine() {
        RiskFixture account = new RiskFixture(jdbc);
        account.highRisk();
        account.price("11.20"); // maintenance 160%, above every line; financing 62.50%, above the 60% line
        scanner.scan(ScanTrigger.MANUAL);
        long caseId = jdbc.sql("SELECT id FROM risk_case WHERE account_id = ? AND status = 'OPEN'")
                .param(account.accountId).query(Long.class).single();
        login("advisor1");
        navigate("clients");
        navigate("risk/cases");
        Grid<RiskCaseRow> grid = _get(Grid.class, spec -> spec.withId("case-grid"));
        int row = java.util.stream.IntStream.range(0, _size(grid)).filter(i -> GridKt._get(grid, i).caseId() == caseId)
                .findFirst().orElseThrow();
        assertThat(GridKt._get(grid, row).reason()).isEqualTo(BreachReason.FINANCING_RATIO);
        assertThat(GridKt._getFormatted(grid, row, "reason")).isEqualTo("融资比例 62.50%（预警线 60.00%）");
        String number = String.valueOf(account.accountId);
        var nameCell = (com.vaadin.flow.component.Component) GridKt._getCellComponent(grid, row, "name");
        Span digits = (Span) nameCell.getChildren().filter(Span.class::isInstance).findFirst().orElseThrow();
        assertThat(digits.getText()).as("a list of accounts shows the last four digits, under the name")
                .isEqualTo("*".repeat(number.length() - 4) + number.substring(number.length() - 4));
    }

    @Test
    void aManagerScansOnDemand() {
        login("manager1");
        navigate("risk/cases");
        long scansBefore = jdbc.sql("SELECT COUNT(*) FROM risk_scan").query(Long.class).single();
        _click(_get(Button.class, spec -> spec.withId("scan-now")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM risk_scan").query(Long.class).single()).isEqualTo(scansBefore + 1);
        assertThat(_get(Span.class, spec -> spec.withId("case-count")).getText()).matches("共 \\d+ 个案例");
        assertThat(getNotifications()).as("the firm's counts are not the branch's list's").singleElement()
                .extracting(n -> n.getElement().getProperty("text")).asString().matches("扫描完成（[\\d,]+ 毫秒），列表已按本次扫描刷新");
    }

    @Test
    @SuppressWarnings("unchecked")
    void invalidLinesAreExplainedAndNothingIsSaved() {
        login("admin");
        navigate("risk/lines");
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("profile-grid"));
        _select(grid, grid.getListDataView().getItem(0));
        int versionBefore = defaultVersion();
        BigDecimalField marginCall = _get(BigDecimalField.class, spec -> spec.withId("lines-marginCall"));
        marginCall.setValue(new BigDecimal("145"));
        _click(_get(Button.class, spec -> spec.withId("lines-save")));
        assertThat(marginCall.isInvalid()).isTrue();
        assertThat(marginCall.getErrorMessage()).isEqualTo("追保线必须低于警戒线");
        assertThat(defaultVersion()).isEqualTo(versionBefore);
    }

    @Test
    @SuppressWarnings("unchecked")
    void validLinesAreSavedVersionedAndAudited() {
        login("admin");
        navigate("risk/lines");
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("profile-grid"));
        _select(grid, grid.getListDataView().getItem(0));
        int versionBefore = defaultVersion();
        _get(BigDecimalField.class, spec -> spec.withId("lines-target")).setValue(new BigDecimal("141"));
        _click(_get(Button.class, spec -> spec.withId("lines-save")));
        assertThat(defaultVersion()).isEqualTo(versionBefore + 1);
        assertThat(jdbc.sql("SELECT top_up_target FROM risk_line_profile WHERE is_default = TRUE")
                .query(BigDecimal.class).single()).isEqualByComparingTo("1.41");
        assertThat(auditLog.latest("LINE_PROFILE_CHANGED", 1)).singleElement()
                .satisfies(entry -> assertThat(entry.details()).contains("target 140.00%").contains("target 141.00%"));
        // put the default back for the other tests
        _get(BigDecimalField.class, spec -> spec.withId("lines-target")).setValue(new BigDecimal("140"));
        _click(_get(Button.class, spec -> spec.withId("lines-save")));
        assertThat(defaultVersion()).isEqualTo(versionBefore + 2);
    }

    private int defaultVersion() {
        return jdbc.sql("SELECT version FROM risk_line_profile WHERE is_default = TRUE").query(Integer.class).single();
    }

    @SuppressWarnings("unchecked")
    private static Grid<RiskCaseRow> caseGrid() {
        return _get(Grid.class, spec -> spec.withId("case-grid"));
    }

    private static List<String> advisorCellLines(int row) {
        return CellLinesText.of(caseGrid(), GridKt._get(caseGrid(), row), "advisor");
    }

    /** Whether the risk case list on screen shows the column with this key. */
    @SuppressWarnings("unchecked")
    private static boolean caseListShows(String column) {
        return ((Grid<Object>) _get(Grid.class, spec -> spec.withId("case-grid"))).getColumnByKey(column).isVisible();
    }
}
