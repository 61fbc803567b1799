package com.marginportal.client.ui;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.marginportal.classification.TradingBehaviour;
import com.marginportal.classification.domain.ClassificationThresholds;
import com.marginportal.classification.domain.behaviour.BehaviourReport;
import com.marginportal.classification.domain.behaviour.BoardShare;
import com.marginportal.classification.domain.behaviour.ConcentrationPoint;
import com.marginportal.classification.domain.behaviour.HoldingPeriods;
import com.marginportal.classification.domain.behaviour.MonthFigures;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.html.Div;

/**
 * The six behaviour charts of a report, each against the classification threshold it feeds where there is
 * one (e.g. trades per month against the short-term threshold).
 */
class BehaviourCharts extends Div {

    private final Locale locale;

    BehaviourCharts(TradingBehaviour behaviour, Locale locale) {
        this.locale = locale;
        addClassName("behaviour-charts");
        BehaviourReport r = behaviour.report();
        ClassificationThresholds t = behaviour.thresholds();
        String noData = getTranslation("behaviour.noData");
        add(new ChartCard("chart-trades", getTranslation("behaviour.chart.tradesPerMonth"), tradesPerMonth(r, t), noData),
                new ChartCard("chart-turnover", getTranslation("behaviour.chart.turnover"), turnover(r, t), noData),
                new ChartCard("chart-holding", getTranslation("behaviour.chart.holding"), holding(r.holding()), noData),
                new ChartCard("chart-boards", getTranslation("behaviour.chart.boards"), boards(r.boards()), noData),
                new ChartCard("chart-concentration", getTranslation("behaviour.chart.concentration"),
                        concentration(r.concentration()), noData),
                new ChartCard("chart-financed", getTranslation("behaviour.chart.financed"), financed(r), noData));
    }

    private String tradesPerMonth(BehaviourReport r, ClassificationThresholds t) {
        double threshold = t.shortTermTradesPerMonth().doubleValue();
        List<Double> values = r.months().stream().map(m -> (double) m.trades()).toList();
        return new SvgChart(Math.max(max(values), threshold), true, v -> String.format(Locale.ROOT, "%.0f", v))
                .reference(threshold, getTranslation("behaviour.threshold", Formats.quantity(Math.round(threshold))))
                .bars(monthLabels(r), values, r.months().stream().map(m -> tip(month(m),
                        getTranslation("behaviour.tradeCount", m.trades()))).toList())
                .build();
    }

    private String turnover(BehaviourReport r, ClassificationThresholds t) {
        if (r.months().stream().allMatch(m -> m.turnover() == null)) {
            return null;
        }
        return percentBars(r, MonthFigures::turnover, t.shortTermMonthlyTurnover());
    }

    private String financed(BehaviourReport r) {
        return r.financedBuyShare() == null ? null : percentBars(r, MonthFigures::financedShare, null);
    }

    private String percentBars(BehaviourReport r, Function<MonthFigures, BigDecimal> figure, BigDecimal threshold) {
        List<Double> values = r.months().stream().map(m -> percent(figure.apply(m))).toList();
        double line = threshold == null ? 0 : percent(threshold);
        SvgChart chart = new SvgChart(Math.max(max(values), line), false, v -> String.format(Locale.ROOT, "%.0f%%", v));
        if (threshold != null) {
            chart.reference(line, getTranslation("behaviour.threshold", Formats.percent(threshold)));
        }
        return chart.bars(monthLabels(r), values, r.months().stream()
                .map(m -> tip(month(m), figure.apply(m) == null ? "—" : Formats.percent(figure.apply(m)))).toList())
                .build();
    }

    private String holding(HoldingPeriods h) {
        if (h.roundTrips() == 0) {
            return null;
        }
        List<Double> values = h.histogram().stream().map(b -> (double) b.roundTrips()).toList();
        return new SvgChart(max(values), true, v -> String.format(Locale.ROOT, "%.0f", v))
                .bars(h.histogram().stream().map(HoldingPeriods.Bucket::label).toList(), values, h.histogram().stream()
                        .map(b -> getTranslation("behaviour.holdingBucket", b.label(), b.roundTrips())).toList())
                .build();
    }

    private String boards(List<BoardShare> boards) {
        if (boards.isEmpty()) {
            return null;
        }
        List<Double> values = boards.stream().map(b -> percent(b.share())).toList();
        return new SvgChart(max(values), false, v -> String.format(Locale.ROOT, "%.0f%%", v))
                .bars(boards.stream().map(b -> getTranslation("board." + b.board())).toList(), values, boards.stream()
                        .map(b -> getTranslation("behaviour.boardTooltip", getTranslation("board." + b.board()),
                                Formats.percent(b.share()), Formats.money(b.amount()))).toList())
                .build();
    }

    private String concentration(List<ConcentrationPoint> points) {
        if (points.isEmpty()) {
            return null;
        }
        List<Double> values = points.stream().map(p -> percent(p.top1())).toList();
        return new SvgChart(max(values), false, v -> String.format(Locale.ROOT, "%.0f%%", v))
                .line(values, Formats.date(points.get(0).day()), Formats.date(points.get(points.size() - 1).day()),
                        points.stream().map(p -> tip(Formats.date(p.day()), Formats.percent(p.top1()))).toList())
                .build();
    }

    private List<String> monthLabels(BehaviourReport r) {
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMM", locale);
        return r.months().stream().map(m -> monthName.format(m.month())).toList();
    }

    private String tip(String label, String value) {
        return getTranslation("behaviour.tooltip", label, value);
    }

    private static String month(MonthFigures m) {
        return m.month().toString();
    }

    private static double percent(BigDecimal fraction) {
        return fraction == null ? 0 : fraction.doubleValue() * 100;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
