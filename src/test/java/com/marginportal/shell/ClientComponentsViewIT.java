package com.marginportal.shell;

import com.marginportal.shell.bpmn.BpmnDiagram;
import com.marginportal.shell.chart.EChart;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.html.Span;

import elemental.json.Json;
import elemental.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server side of the client components, browserless (Karibu): what the elements receive, and that the
 * DOM events they fire arrive decoded at the Java listeners — the way a view test drives a drill-down.
 */
class ClientComponentsViewIT extends ViewTest {

    @BeforeEach
    void openHarness() {
        login("admin");
        navigate(ClientComponentsHarnessView.ROUTE);
    }

    @Test
    void theChartGetsItsOptionAndDeliversClicks() {
        EChart chart = barChart();
        assertThat(chart.getElement().getProperty("option")).contains("\"stack\":\"total\"", "上海浦东");

        JsonObject click = Json.createObject();
        click.put("event.detail.seriesName", "追保");
        click.put("event.detail.seriesIndex", 1);
        click.put("event.detail.name", "北京");
        click.put("event.detail.dataIndex", 1);
        click.put("event.detail.value", 6);
        _fireDomEvent(chart, "chart-click", click);

        assertThat(_get(Span.class, spec -> spec.withId("chart-click")).getText()).isEqualTo("追保/北京/6.0");
    }

    @Test
    void aClickWithoutAValueArrivesAsNull() {
        JsonObject click = Json.createObject();
        click.put("event.detail.seriesName", "预警");
        click.put("event.detail.seriesIndex", 0);
        click.put("event.detail.name", "上海浦东");
        click.put("event.detail.dataIndex", 0);
        click.put("event.detail.value", Json.createNull());
        _fireDomEvent(barChart(), "chart-click", click);

        assertThat(_get(Span.class, spec -> spec.withId("chart-click")).getText()).isEqualTo("预警/上海浦东/null");
    }

    @Test
    void theDiagramGetsXmlStateAndCountsAndDeliversClicks() {
        BpmnDiagram diagram = _get(BpmnDiagram.class);
        assertThat(diagram.getElement().getProperty("xml")).contains("id=\"contactClient\"");
        assertThat(diagram.getElement().getPropertyRaw("activeIds").toString()).isEqualTo("[\"contactClient\"]");
        assertThat(diagram.getElement().getPropertyRaw("completedIds").toString()).contains("\"f_toContact\"");
        assertThat(diagram.getElement().getPropertyRaw("counts").toString())
                .contains("\"contactClient\":3", "\"followUp\":12");

        JsonObject click = Json.createObject();
        click.put("event.detail.id", "managerDecision");
        click.put("event.detail.type", "bpmn:UserTask");
        click.put("event.detail.name", "Manager decision");
        _fireDomEvent(diagram, "bpmn-element-click", click);

        assertThat(_get(Span.class, spec -> spec.withId("bpmn-click")).getText()).isEqualTo("managerDecision/bpmn:UserTask");
        assertThat(_find(BpmnDiagram.class)).hasSize(1);
    }

    private static EChart barChart() {
        return _get(EChart.class, spec -> spec.withId("harness-chart"));
    }
}
