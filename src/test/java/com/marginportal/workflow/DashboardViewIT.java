package com.marginportal.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.marginportal.shell.chart.EChart;
import com.marginportal.support.ViewTest;
import com.marginportal.workflow.ui.BoardView;
import com.marginportal.workflow.ui.DashboardView;
import com.marginportal.workflow.ui.IncidentsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The dashboard's widgets per role, the home page by role, and who reaches incidents and exports. */
class DashboardViewIT extends ViewTest {

    @Autowired
    private CaseExport export;
    @Autowired
    private WorkflowIncidents incidents;
    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    private com.marginportal.risk.RiskScanService scanner;

    @Test
    void managersLandOnTheirDashboardWithEveryWidget() {
        login("manager1");
        navigate("");
        assertThat(currentView()).isEqualTo(com.marginportal.home.ui.ManagerDayView.class);
        _get(DashboardView.class); // below what needs them now
        assertThat(widgets()).containsExactlyInAnyOrder("dashboard-levels", "dashboard-per-day",
                "dashboard-outcomes", "dashboard-segments");
        _get(Grid.class, spec -> spec.withId("dashboard-medians"));
        _get(Component.class, spec -> spec.withId("tile-overdue"));
        _get(Component.class, spec -> spec.withId("tile-level-MARGIN_CALL"));
        assertThat(_find(Component.class, spec -> spec.withId("card-branches"))).as("admins only").isEmpty();
    }

    @Test
    void eachLevelIsDrawnInItsOwnColour() {
        new BreachFixture(jdbc).price("7.50"); // an open liquidation case in manager1's branch
        scanner.scan(com.marginportal.risk.ScanTrigger.MANUAL);
        login("manager1");
        navigate("dashboard");
        assertThat(colourOf("dashboard-levels", "平仓")).as("liquidation in red")
                .isEqualTo(com.marginportal.shell.chart.SeverityColours.DANGER);
        assertThat(colourOf("dashboard-levels", "警戒")).isEqualTo(com.marginportal.shell.chart.SeverityColours.WARNING);
        assertThat(colourOf("dashboard-segments", "高风险")).as("high risk in red")
                .isEqualTo(com.marginportal.shell.chart.SeverityColours.DANGER);
    }

    /** The colour a bar chart gives one of its categories (its palette, one colour per category). */
    private static String colourOf(String chartId, String category) {
        com.fasterxml.jackson.databind.JsonNode option = json(_get(com.marginportal.shell.chart.EChart.class,
                spec -> spec.withId(chartId)).getOptionJson());
        assertThat(option.at("/series/0/colorBy").asText()).as("coloured by category").isEqualTo("data");
        java.util.List<String> categories = new java.util.ArrayList<>();
        option.at("/xAxis/data").forEach(n -> categories.add(n.asText()));
        return option.at("/color/" + categories.indexOf(category)).asText();
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String option) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(option);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void adminsAlsoSeeTheBranchBreakdown() {
        login("admin");
        navigate("");
        assertThat(currentView()).isEqualTo(com.marginportal.home.ui.ManagerDayView.class);
        assertThat(widgets()).contains("dashboard-branches");
        com.fasterxml.jackson.databind.JsonNode branches = json(_get(com.marginportal.shell.chart.EChart.class,
                spec -> spec.withId("dashboard-branches")).getOptionJson());
        assertThat(branches.at("/xAxis/axisLabel/interval").asInt(-1)).as("every branch named").isZero();
    }

    @Test
    void advisorsLandOnTheirDayAndGetADashboardOfTheirBook() {
        login("advisor1");
        navigate("");
        assertThat(currentView()).isEqualTo(com.marginportal.home.ui.MyDayView.class);
        navigate("dashboard");
        assertThat(currentView()).isEqualTo(DashboardView.class);
        assertThat(widgets()).containsExactlyInAnyOrder("dashboard-levels", "dashboard-segments");
        assertThat(_find(Grid.class, spec -> spec.withId("dashboard-medians"))).isEmpty();
        _get(Component.class, spec -> spec.withId("tile-overdue"));
    }

    @Test
    void aLevelOnTheDashboardOpensTheBoardFilteredToIt() {
        login("manager1");
        navigate("dashboard");
        _click(_get(VerticalLayout.class, spec -> spec.withId("tile-level-MARGIN_CALL")));
        assertThat(currentView()).isEqualTo(BoardView.class);
        assertThat(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("board-filter-level"))
                .getValue()).isEqualTo("MARGIN_CALL");
        _get(Anchor.class, spec -> spec.withId("board-export-csv"));
        _get(Anchor.class, spec -> spec.withId("board-export-xlsx"));
    }

    @Test
    void incidentsAndExportsAreForManagersAndAdminsOnly() {
        login("manager1");
        navigate("incidents");
        assertThat(currentView()).isEqualTo(IncidentsView.class);
        _get(Grid.class, spec -> spec.withId("failed-notices"));
        _get(Grid.class, spec -> spec.withId("dead-letter-jobs"));

        login("advisor1");
        assertThatThrownBy(() -> navigate("incidents")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> export.writeBoard(BoardFilter.DEFAULT, ExportFormat.CSV, k -> k,
                java.io.OutputStream.nullOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.writeResolutions(ResolutionFilter.ANY, ExportFormat.XLSX, k -> k,
                java.io.OutputStream.nullOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> incidents.retry("1")).isInstanceOf(AccessDeniedException.class);
    }

    /** The charts shown, and those that say instead why they are empty ("<id>-empty"), by chart id. */
    private static List<String> widgets() {
        return java.util.stream.Stream.concat(ids(_find(EChart.class)).stream(),
                ids(_find(com.vaadin.flow.component.html.Paragraph.class)).stream()
                        .filter(id -> id.startsWith("dashboard-") && id.endsWith("-empty"))
                        .map(id -> id.substring(0, id.length() - "-empty".length()))).toList();
    }

    private static List<String> ids(List<? extends Component> components) {
        return components.stream().map(c -> c.getId().orElse("")).toList();
    }
}
