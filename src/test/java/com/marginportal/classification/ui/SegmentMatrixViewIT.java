package com.marginportal.classification.ui;

import java.util.List;

import com.marginportal.classification.ClassificationService;
import com.marginportal.classification.SegmentMatrix;
import com.marginportal.classification.SegmentService;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.client.ui.ClientListView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marginportal.shell.chart.EChart;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The segment matrix view: the caller's counts per cell, and a click opens the list of that segment. */
class SegmentMatrixViewIT extends ViewTest {

    @Autowired
    private ClassificationService classifications;
    @Autowired
    private SegmentService segments;
    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void classify() {
        classifications.recalculateAll();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerSeesTheBranchCountsAndACellOpensTheFilteredList() {
        login("manager1");
        navigate("segments");
        SegmentMatrix expected = segments.matrix(Dimension.RISK_LEVEL, Dimension.ASSET_SCALE);
        assertThat(_find(NativeTable.class, spec -> spec.withId("segment-matrix"))).hasSize(1);
        assertThat(_get(Button.class, spec -> spec.withId("total")).getText())
                .isEqualTo(String.format("%,d", expected.total()));
        String risk = expected.rowValues().stream().filter(r -> expected.count(r, "MEDIUM") > 0).findFirst().orElseThrow();
        Button cell = _get(Button.class, spec -> spec.withId("cell-" + risk + "-MEDIUM"));
        assertThat(cell.getText()).isEqualTo(String.format("%,d", expected.count(risk, "MEDIUM")));

        _click(cell);
        assertThat(currentView()).isEqualTo(ClientListView.class);
        assertThat(((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("filter-risk"))).getValue()).isEqualTo(risk);
        assertThat(((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("filter-scale"))).getValue()).isEqualTo("MEDIUM");
        assertThat(_get(Span.class, spec -> spec.withId("client-count")).getText())
                .isEqualTo("共 " + expected.count(risk, "MEDIUM") + " 位客户");
    }

    @Test
    void anAdvisorCountsTheirOwnBook() {
        login("advisor1");
        navigate("segments");
        long own = jdbc.sql("SELECT COUNT(*) FROM client c JOIN app_user u ON u.id = c.advisor_id WHERE u.username = 'advisor1'")
                .query(Long.class).single();
        assertThat(_get(Button.class, spec -> spec.withId("total")).getText()).isEqualTo(String.format("%,d", own));
        assertThat(_find(EChart.class)).hasSize(4);
        JsonNode needs = option(_get(EChart.class, spec -> spec.withId("distribution-NEEDS")));
        assertThat(needs.at("/title/text").asText()).isEqualTo("服务需求");
        long sum = 0;
        for (JsonNode n : needs.at("/series/0/data")) {
            sum += n.asLong();
        }
        assertThat(sum).isEqualTo(own);
        assertThat(needs.at("/yAxis/data")).hasSize(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingABarOpensTheClientListOfThatValue() {
        login("manager1");
        navigate("segments");
        var distribution = segments.distribution(Dimension.RISK_LEVEL);
        int high = new java.util.ArrayList<>(distribution.keySet()).indexOf("HIGH");
        EChart chart = _get(EChart.class, spec -> spec.withId("distribution-RISK_LEVEL"));
        assertThat(option(chart).at("/yAxis/data/" + high).asText()).isEqualTo("高风险");
        assertThat(option(chart).at("/color/" + high).asText()).as("high risk in red")
                .isEqualTo(com.marginportal.shell.chart.SeverityColours.DANGER);

        JsonObject click = Json.createObject();
        click.put("event.detail.seriesName", "客户数");
        click.put("event.detail.seriesIndex", 0);
        click.put("event.detail.name", "高风险");
        click.put("event.detail.dataIndex", high);
        click.put("event.detail.value", distribution.get("HIGH"));
        _fireDomEvent(chart, "chart-click", click);

        assertThat(currentView()).isEqualTo(ClientListView.class);
        assertThat(((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("filter-risk"))).getValue()).isEqualTo("HIGH");
        assertThat(_get(Span.class, spec -> spec.withId("client-count")).getText())
                .isEqualTo("共 " + distribution.get("HIGH") + " 位客户");
    }

    private static JsonNode option(EChart chart) {
        try {
            return new ObjectMapper().readTree(chart.getOptionJson());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingTheOtherAxisDimensionSwapsRowsAndColumns() {
        login("manager1");
        navigate("segments");
        Select<Dimension> rows = _get(Select.class, spec -> spec.withId("segment-rows"));
        Select<Dimension> columns = _get(Select.class, spec -> spec.withId("segment-columns"));
        rows.setValue(Dimension.ASSET_SCALE);
        assertThat(List.of(rows.getValue(), columns.getValue())).containsExactly(Dimension.ASSET_SCALE, Dimension.RISK_LEVEL);
        SegmentMatrix swapped = segments.matrix(Dimension.ASSET_SCALE, Dimension.RISK_LEVEL);
        assertThat(_get(Button.class, spec -> spec.withId("row-MEDIUM")).getText())
                .isEqualTo(String.format("%,d", swapped.rowTotal("MEDIUM")));
    }
}
