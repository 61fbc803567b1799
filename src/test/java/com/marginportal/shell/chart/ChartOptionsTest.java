package com.marginportal.shell.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartOptionsTest {

    private static final List<String> BRANCHES = List.of("上海浦东", "北京");

    @Test
    void barChartHasCategoriesAndOneBarSeriesPerSeries() {
        ObjectNode option = ChartOptions.bar(BRANCHES, List.of(
                new ChartSeries("预警", List.of(3, 5)), new ChartSeries("追保", List.of(1, 2))));

        assertThat(option.at("/xAxis/type").asText()).isEqualTo("category");
        assertThat(option.at("/xAxis/data").toString()).isEqualTo("[\"上海浦东\",\"北京\"]");
        assertThat(option.at("/yAxis/type").asText()).isEqualTo("value");
        assertThat(option.at("/series/0/name").asText()).isEqualTo("预警");
        assertThat(option.at("/series/0/type").asText()).isEqualTo("bar");
        assertThat(option.at("/series/0/data").toString()).isEqualTo("[3,5]");
        assertThat(option.at("/series/1/data").toString()).isEqualTo("[1,2]");
        assertThat(option.at("/series/0/stack").isMissingNode()).isTrue();
        assertThat(option.has("legend")).as("legend with more than one series").isTrue();
    }

    @Test
    void stackedBarPutsEverySeriesOnOneStack() {
        ObjectNode option = ChartOptions.stackedBar(BRANCHES, List.of(
                new ChartSeries("预警", List.of(3, 5)), new ChartSeries("追保", List.of(1, 2))));

        assertThat(option.at("/series/0/stack").asText()).isEqualTo("total");
        assertThat(option.at("/series/1/stack").asText()).isEqualTo("total");
    }

    @Test
    void lineChartUsesATimeAxisAndNamesEachPointByItsDate() {
        ObjectNode option = ChartOptions.line(List.of(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25)),
                List.of(new ChartSeries("维持担保比例", List.of(new BigDecimal("1.4312"), new BigDecimal("1.29")))));

        assertThat(option.at("/xAxis/type").asText()).isEqualTo("time");
        JsonNode first = option.at("/series/0/data/0");
        assertThat(first.get("name").asText()).isEqualTo("2026-11-24");
        assertThat(first.get("value").toString()).isEqualTo("[\"2026-11-24\",1.4312]");
        assertThat(option.at("/series/0/type").asText()).isEqualTo("line");
        assertThat(option.has("legend")).as("no legend for a single series").isFalse();
    }

    @Test
    void missingValuesAreGaps() {
        ObjectNode option = ChartOptions.bar(BRANCHES, List.of(new ChartSeries("预警", Arrays.asList(null, Double.NaN))));

        assertThat(option.at("/series/0/data").toString()).isEqualTo("[\"-\",\"-\"]");
    }

    @Test
    void pieAndDonutDifferInTheInnerRadius() {
        List<ChartSlice> slices = List.of(new ChartSlice("高", 12), new ChartSlice("中", new BigDecimal("30.5")));

        ObjectNode pie = ChartOptions.pie(slices);
        ObjectNode donut = ChartOptions.donut(slices);

        assertThat(pie.at("/series/0/type").asText()).isEqualTo("pie");
        assertThat(donut.at("/series/0/label/overflow").asText()).as("long names wrap, not cut").isEqualTo("break");
        assertThat(pie.at("/series/0/data").toString())
                .isEqualTo("[{\"name\":\"高\",\"value\":12},{\"name\":\"中\",\"value\":30.5}]");
        assertThat(pie.at("/series/0/radius/0").asInt()).isZero();
        assertThat(donut.at("/series/0/radius/0").asText()).isEqualTo("40%");
        assertThat(donut.at("/tooltip/trigger").asText()).isEqualTo("item");
    }

    /**
     * A slice's label names it (a legend beside it paged to "1/2" and cut a name), and labels keep to the chart's
     * edges: "Restored by market recovery" on the left was drawn past it and lost its first letters.
     */
    @Test
    void pieLabelsNameTheSlicesInsideTheChart() {
        ObjectNode donut = ChartOptions.donut(List.of(new ChartSlice("Restored by market recovery", 2),
                new ChartSlice("Restored by top-up", 9)));

        assertThat(donut.has("legend")).isFalse();
        assertThat(donut.at("/series/0/label/alignTo").asText()).isEqualTo("edge");
        assertThat(donut.at("/series/0/label/edgeDistance").asInt()).isPositive();
    }

    @Test
    void titleMakesRoomAboveTheGrid() {
        ObjectNode option = ChartOptions.title(ChartOptions.bar(BRANCHES, List.of(new ChartSeries("预警", List.of(3, 5)))),
                "各营业部风险案例");

        assertThat(option.at("/title/text").asText()).isEqualTo("各营业部风险案例");
        assertThat(option.at("/grid/top").asInt()).isEqualTo(48);
    }

    @Test
    void seriesMustMatchTheCategories() {
        assertThatThrownBy(() -> ChartOptions.bar(BRANCHES, List.of(new ChartSeries("预警", List.of(3)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("预警");
    }
}
