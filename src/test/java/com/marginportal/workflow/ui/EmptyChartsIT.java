package com.marginportal.workflow.ui;

import java.util.List;
import java.util.Map;

import com.marginportal.shell.chart.EChart;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A dashboard chart with nothing to show says why instead (an empty chart looks broken), in both languages. */
class EmptyChartsIT extends ViewTest {

    @Test
    void anEmptyChartSaysWhyAndAChartWithFiguresIsShown() {
        login("manager1");
        Div host = new Div();
        EChart outcomes = DashboardWidgets.outcomes(host, Map.of());

        Component empty = DashboardWidgets.orWhyEmpty(host, outcomes, DashboardWidgets.allZero(List.of()),
                "dashboard.empty.outcomes", DashboardView.DAYS);
        assertThat(empty).isInstanceOf(Paragraph.class);
        assertThat(((Paragraph) empty).getText()).isEqualTo("近 30 天无已结案件。");
        assertThat(empty.getId()).hasValue("dashboard-outcomes-empty");

        EChart levels = DashboardWidgets.levels(host, Map.of("WARNING", 0L, "MARGIN_CALL", 2L));
        assertThat(DashboardWidgets.orWhyEmpty(host, levels, DashboardWidgets.allZero(List.of(0L, 2L)),
                "dashboard.empty.levels")).isSameAs(levels);

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        assertThat(((Paragraph) DashboardWidgets.orWhyEmpty(host, outcomes, true, "dashboard.empty.outcomes",
                DashboardView.DAYS)).getText()).isEqualTo("No case resolved in the last 30 days.");
    }
}
