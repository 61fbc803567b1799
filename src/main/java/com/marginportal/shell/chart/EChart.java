package com.marginportal.shell.chart;

import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * An Apache ECharts chart ({@code frontend/src/portal-echart.ts}). The server sets the whole ECharts option as
 * JSON — raw, or built by {@link ChartOptions} — and receives clicks on bars, points and slices as
 * {@link ClickEvent}s, e.g. to drill down. The chart follows its container's size (320 px high unless
 * {@link #setHeight(String) set}); labels use a CJK font stack unless the option sets {@code textStyle.fontFamily}.
 *
 * <pre>{@code
 * EChart chart = new EChart(ChartOptions.stackedBar(branches, List.of(
 *         new ChartSeries("预警", warnings), new ChartSeries("追保", marginCalls))));
 * chart.addClickListener(e -> UI.getCurrent().navigate("risk/cases?branch=" + e.getCategory()));
 * }</pre>
 */
@Tag("portal-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./src/portal-echart.ts")
public class EChart extends Component implements HasSize, HasStyle {

    /** How ECharts draws: canvas (default, fast with many points) or SVG (crisp, text in the DOM). */
    public enum Renderer { CANVAS, SVG }

    private String optionJson = "";

    public EChart() {
    }

    public EChart(ObjectNode option) {
        setOption(option);
    }

    /** Replaces the chart's option (not merged with the previous one). */
    public void setOption(ObjectNode option) {
        setOption(Objects.requireNonNull(option, "option").toString());
    }

    /** Replaces the chart's option with ECharts option JSON; an empty string clears the chart. */
    public void setOption(String optionJson) {
        this.optionJson = Objects.requireNonNull(optionJson, "optionJson");
        getElement().setProperty("option", optionJson);
    }

    /** The option JSON last set from the server. */
    public String getOptionJson() {
        return optionJson;
    }

    public void setRenderer(Renderer renderer) {
        getElement().setProperty("renderer", renderer.name().toLowerCase(Locale.ROOT));
    }

    /** Redraws at the current size; only needed when a layout change does not resize the element itself. */
    public void resize() {
        getElement().callJsFunction("resize");
    }

    /** Clicks on a data item (bar, point, slice) of any series. */
    public Registration addClickListener(ComponentEventListener<ClickEvent> listener) {
        return addListener(ClickEvent.class, listener);
    }

    /** A click on a data item: the series, the category (or slice name) and the item's numeric value. */
    @DomEvent("chart-click")
    public static class ClickEvent extends ComponentEvent<EChart> {

        private final String seriesName;
        private final int seriesIndex;
        private final String category;
        private final int dataIndex;
        private final Double value;

        public ClickEvent(EChart source, boolean fromClient,
                          @EventData("event.detail.seriesName") String seriesName,
                          @EventData("event.detail.seriesIndex") int seriesIndex,
                          @EventData("event.detail.name") String category,
                          @EventData("event.detail.dataIndex") int dataIndex,
                          @EventData("event.detail.value") Double value) {
            super(source, fromClient);
            this.seriesName = seriesName;
            this.seriesIndex = seriesIndex;
            this.category = category;
            this.dataIndex = dataIndex;
            this.value = value;
        }

        public String getSeriesName() {
            return seriesName;
        }

        public int getSeriesIndex() {
            return seriesIndex;
        }

        /** The category of a bar or line point (for date axes the ISO date), or the name of a pie slice. */
        public String getCategory() {
            return category;
        }

        /** Position of the item in its series' data. */
        public int getDataIndex() {
            return dataIndex;
        }

        /** The item's value; null where it has none (a gap). */
        public Double getValue() {
            return value;
        }
    }
}
