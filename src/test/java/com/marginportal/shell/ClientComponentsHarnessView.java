package com.marginportal.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marginportal.security.Role;
import com.marginportal.shell.bpmn.BpmnDiagram;
import com.marginportal.shell.chart.ChartOptions;
import com.marginportal.shell.chart.ChartSeries;
import com.marginportal.shell.chart.ChartSlice;
import com.marginportal.shell.chart.EChart;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Test-only route (lives under src/test, so it never ships): one {@link EChart} and one {@link BpmnDiagram}
 * of the breach process with state and a {@link DatePickers date picker}, for {@link ClientComponentsBrowserIT} and for looking at the components.
 * Clicks are echoed into two spans so the browser test can see that they reached the server.
 */
@Route(value = ClientComponentsHarnessView.ROUTE, autoLayout = false)
@RolesAllowed(Role.Names.ADMIN)
public class ClientComponentsHarnessView extends VerticalLayout {

    public static final String ROUTE = "test/client-components";
    /** Both stacks add up to this, and the value axis ends there, so the bars fill the grid's height. */
    static final int STACK_TOTAL = 10;
    static final String ACTIVE = "contactClient";
    static final List<String> COMPLETED = List.of("breachDetected", "f_start", "handleStart", "f_handleStart",
            "sendRiskNotice", "f_notice", "levelGateway", "f_toContact");

    public ClientComponentsHarnessView() {
        setWidthFull();
        EChart chart = new EChart(chartOption());
        chart.setId("harness-chart");
        chart.setHeight("300px");
        Span chartClick = new Span();
        chartClick.setId("chart-click");
        chart.addClickListener(e -> chartClick.setText(e.getSeriesName() + "/" + e.getCategory() + "/" + e.getValue()));

        BpmnDiagram diagram = new BpmnDiagram();
        diagram.setId("harness-bpmn");
        diagram.setHeight("380px");
        diagram.setXml(breachProcessXml());
        diagram.markCompleted(COMPLETED);
        diagram.highlightActive(List.of(ACTIVE));
        diagram.setCounts(Map.of(ACTIVE, 3, "followUp", 12, "managerDecision", 0));
        Span diagramClick = new Span();
        diagramClick.setId("bpmn-click");
        diagram.addElementClickListener(e -> diagramClick.setText(e.getElementId() + "/" + e.getElementType()));

        DatePicker date = DatePickers.of();
        date.setId("harness-date");
        date.setValue(LocalDate.of(2026, 12, 8));

        add(chart, chartClick, diagram, diagramClick, date, otherCharts());
    }

    /** The other chart types, for looking at them (the browser test only checks that they draw). */
    private static HorizontalLayout otherCharts() {
        List<LocalDate> dates = new ArrayList<>();
        List<BigDecimal> ratios = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            dates.add(LocalDate.of(2026, 11, 1).plusDays(day));
            // one missing valuation: a gap in the line
            ratios.add(day == 12 ? null
                    : BigDecimal.valueOf(1.55 - 0.3 * Math.sin(day / 5.0)).setScale(4, RoundingMode.HALF_UP));
        }
        EChart line = new EChart(ChartOptions.title(ChartOptions.line(dates, List.of(new ChartSeries("维持担保比例", ratios))),
                "维持担保比例走势"));
        line.setId("harness-line");
        line.setHeight("260px");
        EChart donut = new EChart(ChartOptions.title(ChartOptions.donut(List.of(new ChartSlice("低风险", 1240),
                new ChartSlice("中风险", 560), new ChartSlice("高风险", 200))), "风险等级分布"));
        donut.setId("harness-donut");
        donut.setHeight("260px");
        donut.setRenderer(EChart.Renderer.SVG);
        HorizontalLayout row = new HorizontalLayout(line, donut);
        row.setWidthFull();
        row.setFlexGrow(1, line, donut);
        return row;
    }

    private static ObjectNode chartOption() {
        ObjectNode option = ChartOptions.stackedBar(List.of("上海浦东", "北京"), List.of(
                new ChartSeries("预警", List.of(6, 4)),
                new ChartSeries("追保", List.of(STACK_TOTAL - 6, STACK_TOTAL - 4))));
        ChartOptions.title(option, "各营业部风险案例（测试）");
        option.withObject("/yAxis").put("max", STACK_TOTAL);
        option.withArray("/series").forEach(s -> ((ObjectNode) s).put("barWidth", "90%"));
        return option;
    }

    private static String breachProcessXml() {
        try (InputStream in = ClientComponentsHarnessView.class.getResourceAsStream("/bpmn/margin-breach.bpmn20.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
