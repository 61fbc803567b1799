package com.marginportal.classification.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marginportal.classification.TradingBehaviour;
import com.marginportal.classification.domain.ClassificationThresholds;
import com.marginportal.classification.domain.behaviour.BehaviourReport;
import com.marginportal.classification.domain.behaviour.BoardShare;
import com.marginportal.classification.domain.behaviour.ConcentrationPoint;
import com.marginportal.classification.domain.behaviour.HoldingPeriods;
import com.marginportal.classification.domain.behaviour.MonthFigures;
import com.marginportal.shell.Formats;
import com.marginportal.shell.chart.AxisScale;
import com.marginportal.shell.chart.ChartAdjustments;
import com.marginportal.shell.chart.ChartCard;
import com.marginportal.shell.chart.ChartOptions;
import com.marginportal.shell.chart.ChartSeries;
import com.vaadin.flow.component.html.Div;

/**
 * The six behaviour charts of a report (ECharts), each against the classification threshold it feeds where there
 * is one (e.g. trades per month against the short-term threshold); a chart with nothing to show says why.
 */
class BehaviourCharts extends Div {

    private static final String HEIGHT = "220px";
    private static final String BAR = "#1676f3";
    private static final String THRESHOLD = "#d9534f";

    private final Locale locale;
    private final BehaviourReport report;

    BehaviourCharts(TradingBehaviour behaviour, Locale locale) {
        this.locale = locale;
        this.report = behaviour.report();
        addClassName("behaviour-charts");
        ClassificationThresholds t = behaviour.thresholds();
        boolean trades = report.hasTrades();
        boolean valued = report.months().stream().anyMatch(m -> m.turnover() != null);
        add(card("chart-trades", "behaviour.chart.tradesPerMonth", trades ? tradesPerMonth(t) : null, "trades"),
                card("chart-turnover", "behaviour.chart.turnover",
                        trades && valued ? percentBars(MonthFigures::turnover, t.shortTermMonthlyTurnover()) : null,
                        trades ? "turnover" : "trades"),
                card("chart-holding", "behaviour.chart.holding",
                        report.holding().roundTrips() > 0 ? holding(report.holding()) : null, trades ? "holding" : "trades"),
                card("chart-boards", "behaviour.chart.boards", report.boards().isEmpty() ? null : boards(report.boards()),
                        "trades"),
                card("chart-concentration", "behaviour.chart.concentration",
                        report.concentration().isEmpty() ? null : concentration(report.concentration()), "concentration"),
                card("chart-financed", "behaviour.chart.financed",
                        report.financedBuyShare() == null ? null : percentBars(MonthFigures::financedShare, null),
                        trades ? "financed" : "trades"));
    }

    private ChartCard card(String id, String titleKey, ObjectNode optionOrNull, String why) {
        return new ChartCard(id, getTranslation(titleKey), ChartAdjustments.orWhyEmpty(id + "-chart", optionOrNull, HEIGHT,
                getTranslation("behaviour.none." + why, report.months().size())));
    }

    private ObjectNode tradesPerMonth(ClassificationThresholds t) {
        BigDecimal threshold = t.shortTermTradesPerMonth();
        List<Integer> values = report.months().stream().map(MonthFigures::trades).toList();
        ObjectNode option = bars(monthLabels(), values, report.months().stream()
                .map(m -> tip(month(m), getTranslation("behaviour.tradeCount", m.trades()))).toList());
        double highest = Math.max(values.stream().mapToInt(Integer::intValue).max().orElse(0), threshold.doubleValue());
        ChartAdjustments.valueAxis((ObjectNode) option.get("yAxis"), AxisScale.covering(highest, true), false);
        ChartAdjustments.markLine(series(option), threshold, getTranslation("behaviour.threshold",
                Formats.quantity(threshold.setScale(0, RoundingMode.HALF_UP).longValue())), THRESHOLD, "insideEndTop");
        return option;
    }

    private ObjectNode percentBars(Function<MonthFigures, BigDecimal> figure, BigDecimal threshold) {
        List<BigDecimal> values = report.months().stream().map(m -> percent(figure.apply(m))).toList();
        ObjectNode option = bars(monthLabels(), values, report.months().stream()
                .map(m -> tip(month(m), figure.apply(m) == null ? "—" : Formats.percent(figure.apply(m)))).toList());
        double line = threshold == null ? 0 : percent(threshold).doubleValue();
        ChartAdjustments.valueAxis((ObjectNode) option.get("yAxis"), AxisScale.covering(Math.max(highest(values), line),
                false), true);
        if (threshold != null) {
            ChartAdjustments.markLine(series(option), percent(threshold),
                    getTranslation("behaviour.threshold", Formats.percent(threshold)), THRESHOLD, "insideEndTop");
        }
        return option;
    }

    private ObjectNode holding(HoldingPeriods h) {
        List<Integer> values = h.histogram().stream().map(HoldingPeriods.Bucket::roundTrips).toList();
        ObjectNode option = bars(h.histogram().stream().map(HoldingPeriods.Bucket::label).toList(), values,
                h.histogram().stream().map(b -> getTranslation("behaviour.holdingBucket", b.label(), b.roundTrips()))
                        .toList());
        ChartAdjustments.valueAxis((ObjectNode) option.get("yAxis"),
                AxisScale.covering(values.stream().mapToInt(Integer::intValue).max().orElse(0), true), false);
        return option;
    }

    /** Horizontal bars: the boards' names read across instead of crowding under narrow bars. */
    private ObjectNode boards(List<BoardShare> boards) {
        List<BigDecimal> values = boards.stream().map(b -> percent(b.share())).toList();
        ObjectNode option = bars(boards.stream().map(b -> getTranslation("board." + b.board())).toList(), values,
                boards.stream().map(b -> getTranslation("behaviour.boardTooltip", getTranslation("board." + b.board()),
                        Formats.percent(b.share()), Formats.money(b.amount()))).toList());
        JsonNode categories = option.get("xAxis");
        option.set("xAxis", option.get("yAxis"));
        option.set("yAxis", categories);
        ((ObjectNode) categories).put("inverse", true);
        ChartAdjustments.valueAxis((ObjectNode) option.get("xAxis"), AxisScale.covering(highest(values), false), true);
        return option;
    }

    private ObjectNode concentration(List<ConcentrationPoint> points) {
        List<BigDecimal> values = points.stream().map(p -> percent(p.top1())).toList();
        ObjectNode option = ChartOptions.line(points.stream().map(ConcentrationPoint::day).toList(),
                List.of(new ChartSeries(getTranslation("behaviour.chart.concentration"), values)));
        series(option).put("color", BAR);
        // whole days only: one or two points would otherwise get hour ticks; month-day, the tooltip has the year
        ObjectNode x = (ObjectNode) option.get("xAxis");
        x.put("minInterval", 86_400_000L);
        x.putObject("axisLabel").put("formatter", "{MM}-{dd}").put("hideOverlap", true);
        ObjectNode y = (ObjectNode) option.get("yAxis");
        y.remove("scale");
        ChartAdjustments.valueAxis(y, AxisScale.covering(highest(values), false), true);
        ChartAdjustments.itemTooltips(option, points.stream()
                .map(p -> tip(Formats.date(p.day()), Formats.percent(p.top1()))).toList());
        return option;
    }

    /** One series of bars with an exact tooltip per bar, in the chart's own colour. */
    private static ObjectNode bars(List<String> categories, List<? extends Number> values, List<String> tooltips) {
        ObjectNode option = ChartOptions.bar(categories, List.of(new ChartSeries("", values)));
        series(option).put("color", BAR).put("barMaxWidth", 36);
        option.withObject("/grid").put("containLabel", true).put("top", 16).put("bottom", 8);
        ChartAdjustments.itemTooltips(option, tooltips);
        return option;
    }

    private static ObjectNode series(ObjectNode option) {
        return (ObjectNode) option.withArray("/series").get(0);
    }

    private List<String> monthLabels() {
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMM", locale);
        return report.months().stream().map(m -> monthName.format(m.month())).toList();
    }

    private String tip(String label, String value) {
        return getTranslation("behaviour.tooltip", label, value);
    }

    private static String month(MonthFigures m) {
        return m.month().toString();
    }

    /** A fraction as percent points (0.35 → 35.00); null stays null, a gap in the chart. */
    private static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static double highest(List<BigDecimal> values) {
        return values.stream().filter(v -> v != null).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
    }
}
