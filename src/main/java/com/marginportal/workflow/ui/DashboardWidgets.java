package com.marginportal.workflow.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.marginportal.classification.SegmentLabels;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.security.UserAccount;
import com.marginportal.shell.chart.ChartOptions;
import com.marginportal.shell.chart.SeverityColours;
import com.marginportal.shell.chart.ChartSeries;
import com.marginportal.shell.chart.ChartSlice;
import com.marginportal.shell.chart.EChart;
import com.marginportal.workflow.CaseDashboard;
import com.marginportal.workflow.DayCount;
import com.marginportal.workflow.MedianTimes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The dashboard's widgets: figure tiles, charts and the medians table, built from the dashboard's figures. */
final class DashboardWidgets {

    private DashboardWidgets() {
    }

    /** A titled box around a widget (a card of the dashboard grid). */
    static Component card(String id, String title, Component content) {
        VerticalLayout card = new VerticalLayout(new H3(title), content);
        card.setId(id);
        card.setPadding(true);
        card.setSpacing(false);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("min-width", "0");
        return card;
    }

    /**
     * The chart, or when it has nothing to show, a sentence saying why (an empty chart looks broken). The sentence
     * has the chart's id with "-empty".
     */
    static Component orWhyEmpty(Component host, EChart chart, boolean empty, String reasonKey, Object... args) {
        if (!empty) {
            return chart;
        }
        Paragraph why = new Paragraph(host.getTranslation(reasonKey, args));
        why.setId(chart.getId().orElse("chart") + "-empty");
        why.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return why;
    }

    static boolean allZero(java.util.Collection<Long> counts) {
        return counts.stream().allMatch(c -> c == null || c == 0);
    }

    /** A big number with a label; a click runs the action (drill-down), when there is one. */
    static Component tile(String id, String label, long value, String theme, Runnable onClick) {
        Span number = new Span(String.valueOf(value));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "600");
        if (theme != null) {
            number.getElement().getThemeList().add(theme);
        }
        Span caption = new Span(label);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout tile = new VerticalLayout(number, caption);
        tile.setId(id);
        tile.setSpacing(false);
        tile.setPadding(true);
        tile.setWidth("11em");
        tile.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        if (onClick != null) {
            tile.getStyle().set("cursor", "pointer");
            tile.addClickListener(e -> onClick.run());
        }
        return tile;
    }

    static EChart levels(Component host, Map<String, Long> byLevel) {
        List<String> names = byLevel.keySet().stream().map(l -> host.getTranslation("level." + l)).toList();
        ObjectNode option = ChartOptions.bar(names,
                List.of(new ChartSeries(host.getTranslation("dashboard.openCases"), List.copyOf(byLevel.values()))));
        ((ObjectNode) option.withArray("/series").get(0)).put("colorBy", "data"); // a level's own colour
        return chart("dashboard-levels", SeverityColours.paint(option, List.copyOf(byLevel.keySet()), SeverityColours::of));
    }

    static EChart branches(Component host, Map<Long, Map<String, Long>> byBranch, Map<Long, String> branchNames) {
        List<String> categories = byBranch.keySet().stream().map(b -> branchNames.getOrDefault(b, "#" + b)).toList();
        List<ChartSeries> series = new ArrayList<>();
        for (String level : CaseDashboard.LEVELS) {
            series.add(new ChartSeries(host.getTranslation("level." + level),
                    byBranch.values().stream().map(m -> m.getOrDefault(level, 0L)).toList()));
        }
        ObjectNode option = SeverityColours.paint(ChartOptions.stackedBar(categories, series), CaseDashboard.LEVELS,
                SeverityColours::of);
        // every branch named under its bar (the axis skipped every other long name), broken over lines to fit
        option.withObject("/xAxis").putObject("axisLabel").put("interval", 0).put("width", 72).put("overflow", "break");
        option.withObject("/legend").put("top", 0).remove("bottom"); // the two-line names take the bottom
        option.withObject("/grid").put("top", 36).put("bottom", 44);
        return chart("dashboard-branches", option);
    }

    static EChart perDay(Component host, List<DayCount> days) {
        return chart("dashboard-per-day", ChartOptions.line(days.stream().map(DayCount::day).toList(), List.of(
                new ChartSeries(host.getTranslation("dashboard.opened"), days.stream().map(DayCount::opened).toList()),
                new ChartSeries(host.getTranslation("dashboard.resolved"),
                        days.stream().map(DayCount::resolved).toList()))));
    }

    static EChart outcomes(Component host, Map<String, Long> outcomes) {
        return chart("dashboard-outcomes", ChartOptions.donut(outcomes.entrySet().stream()
                .map(e -> new ChartSlice(host.getTranslation("outcome." + e.getKey()), e.getValue())).toList()));
    }

    static EChart segments(Component host, Dimension dimension, Map<String, Long> distribution) {
        List<String> names = distribution.keySet().stream()
                .map(v -> host.getTranslation(SegmentLabels.valueKey(dimension, v))).toList();
        ObjectNode option = ChartOptions.bar(names, List.of(new ChartSeries(
                host.getTranslation("dashboard.clients"), List.copyOf(distribution.values()))));
        if (dimension == Dimension.RISK_LEVEL) { // low, medium, high risk in the colours of their seriousness
            ((ObjectNode) option.withArray("/series").get(0)).put("colorBy", "data");
            SeverityColours.paint(option, List.copyOf(distribution.keySet()), SeverityColours::of);
        }
        return chart("dashboard-segments", option);
    }

    static Grid<MedianTimes> medians(Component host, List<MedianTimes> rows, Map<Long, String> branchNames,
                                     Map<Long, UserAccount> advisors) {
        Grid<MedianTimes> grid = new Grid<>(MedianTimes.class, false);
        grid.setId("dashboard-medians");
        grid.setEmptyStateText(host.getTranslation("dashboard.medians.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(m -> branchNames.getOrDefault(m.branchId(), "#" + m.branchId()))
                .setHeader(host.getTranslation("clients.col.branch")).setAutoWidth(true);
        grid.addColumn(m -> m.isBranch() ? host.getTranslation("dashboard.allAdvisors")
                        : advisors.containsKey(m.advisorId()) ? advisors.get(m.advisorId()).displayName() : "#" + m.advisorId())
                .setHeader(host.getTranslation("clients.col.advisor")).setAutoWidth(true);
        column(grid, host, "dashboard.firstContact", MedianTimes::firstContact, MedianTimes::contacted);
        column(grid, host, "dashboard.resolution", MedianTimes::resolution, MedianTimes::resolved);
        grid.setItems(rows);
        grid.setEmptyStateText(host.getTranslation("dashboard.empty.medians", DashboardView.DAYS));
        grid.setAllRowsVisible(rows.size() <= 12);
        grid.setHeight(rows.size() <= 12 ? null : "360px");
        return grid;
    }

    private static void column(Grid<MedianTimes> grid, Component host, String key, Function<MedianTimes, Duration> value,
                               Function<MedianTimes, Integer> count) {
        grid.addColumn(m -> value.apply(m) == null ? "—"
                        : duration(host, value.apply(m)) + " (" + count.apply(m) + ")")
                .setHeader(host.getTranslation(key)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    static String duration(Component host, Duration d) {
        return d.toDays() > 0 ? host.getTranslation("dashboard.days", d.toDays(), d.toHoursPart())
                : host.getTranslation("dashboard.hours", d.toHours(), d.toMinutesPart());
    }

    private static EChart chart(String id, com.fasterxml.jackson.databind.node.ObjectNode option) {
        EChart chart = new EChart(option);
        chart.setId(id);
        chart.setHeight("280px");
        return chart;
    }

    /** A row of cards that wraps on narrow screens. */
    static Div grid(Component... cards) {
        Div grid = new Div(cards);
        grid.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(420px, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");
        return grid;
    }
}
