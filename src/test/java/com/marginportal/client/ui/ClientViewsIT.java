package com.marginportal.client.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marginportal.security.PortalUser;
import com.marginportal.shell.chart.EChart;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The client list and 360 view, driven without a browser as the advisor would use them. */
class ClientViewsIT extends ViewTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private com.marginportal.client.AccountValuationService valuation;
    @Autowired
    private com.marginportal.risk.EffectiveLines effectiveLines;

    @Test
    @SuppressWarnings("unchecked")
    void theAdvisorsListShowsTheirBookAndFiltersByPhoneTail() {
        PortalUser me = (PortalUser) login("advisor1");
        navigate("clients");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("client-grid"));
        long own = jdbc.sql("SELECT COUNT(*) FROM client WHERE advisor_id = ?").param(me.id()).query(Long.class).single();
        assertThat(_size(grid)).isEqualTo((int) own);
        assertThat(_get(Span.class, spec -> spec.withId("client-count")).getText()).isEqualTo("共 " + own + " 位客户");
        assertThat(((Grid<Object>) grid).getColumnByKey("advisor").isVisible()).as("their own book").isFalse();
        assertThat(((Grid<Object>) grid).getColumnByKey("phone").isVisible()).as("a caller told apart").isTrue();
        assertThat(((Grid<Object>) grid).getColumnByKey("branch").isVisible()).as("one branch").isFalse();

        String tail = jdbc.sql("SELECT phone_tail FROM client WHERE advisor_id = ? ORDER BY id")
                .param(me.id()).query(String.class).list().get(0);
        _get(TextField.class, spec -> spec.withId("filter-phone")).setValue(tail);
        long matching = jdbc.sql("SELECT COUNT(*) FROM client WHERE advisor_id = ? AND phone_tail = ?")
                .params(me.id(), tail).query(Long.class).single();
        assertThat(_size(grid)).isEqualTo((int) matching);
    }

    /** Over every branch the branch and the advisor tell the rows apart; the phone's room goes to the branch's name. */
    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorsListShowsBranchAndAdvisorInsteadOfThePhone() {
        login("admin");
        navigate("clients");
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("client-grid"));
        assertThat(grid.getColumnByKey("branch").isVisible()).isTrue();
        assertThat(grid.getColumnByKey("advisor").isVisible()).isTrue();
        assertThat(grid.getColumnByKey("phone").isVisible()).isFalse();
        assertThat(_get(TextField.class, spec -> spec.withId("filter-phone")).isVisible()).as("still found by it")
                .isTrue();
    }

    @Test
    void aPhoneTailThatIsNotFourDigitsIsExplainedAndIgnored() {
        login("advisor1");
        navigate("clients");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("client-grid"));
        int before = _size(grid);
        TextField tail = _get(TextField.class, spec -> spec.withId("filter-phone"));
        tail.setValue("12");
        assertThat(tail.isInvalid()).isTrue();
        assertThat(tail.getErrorMessage()).isEqualTo("请输入手机号后 4 位数字");
        assertThat(_size(grid)).isEqualTo(before);
    }

    @Test
    void the360ViewShowsTheLiveMaintenanceRatio() {
        PortalUser me = (PortalUser) login("advisor1");
        long clientId = jdbc.sql("""
                SELECT c.id FROM client c JOIN credit_account a ON a.client_id = c.id
                 WHERE c.advisor_id = ? AND a.total_debt > 0 ORDER BY c.id""")
                .param(me.id()).query(Long.class).list().get(0);
        java.math.BigDecimal stored = jdbc.sql("SELECT maintenance_ratio FROM credit_account WHERE client_id = ?")
                .param(clientId).query(java.math.BigDecimal.class).single();
        navigate("clients/" + clientId);
        assertThat(currentView()).isEqualTo(ClientDetailView.class);
        String shown = _get(Span.class, spec -> spec.withId("maintenance-ratio")).getText();
        assertThat(shown).isEqualTo(stored.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP) + "%");
        Grid<?> holdings = _get(Grid.class, spec -> spec.withId("holdings-grid"));
        assertThat(_size(holdings)).isPositive();
    }

    /** A margin contract near its end must be renewed with the client: the 360 view says so, not a bare date. */
    @Test
    void aContractExpiringSoonOrExpiredStandsOut() {
        login("advisor1");
        com.marginportal.risk.RiskFixture account = new com.marginportal.risk.RiskFixture(jdbc);

        Span expiry = expiryShown(account, 10);
        assertThat(expiry.getText()).endsWith("（10 天后到期，需续约）");
        assertThat(expiry.getElement().getThemeList()).contains("badge");

        expiry = expiryShown(account, -3);
        assertThat(expiry.getText()).endsWith("（已到期 3 天）");
        assertThat(expiry.getElement().getThemeList()).contains("badge", "error");

        expiry = expiryShown(account, 31);
        assertThat(expiry.getText()).endsWith("（31 天）");
        assertThat(expiry.getElement().getThemeList()).doesNotContain("badge");
    }

    /** The account's contract set to expire {@code days} from today (Shanghai), then its 360 view opened anew. */
    private Span expiryShown(com.marginportal.risk.RiskFixture account, int days) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        jdbc.sql("UPDATE credit_account SET contract_expiry = ? WHERE id = ?").params(today.plusDays(days),
                account.accountId).update();
        navigate("clients");
        navigate("clients/" + account.clientId);
        return _get(Span.class, spec -> spec.withId("contract-expiry"));
    }

    @Test
    void the360ViewColoursTheRatioByTheLinesTheClientIsHeldTo() {
        login("advisor1");
        com.marginportal.risk.RiskFixture account = new com.marginportal.risk.RiskFixture(jdbc);
        account.price("10.15"); // 145.00%: safe on the default lines (warning 140%), a warning on the high-risk ones (150%)
        new com.marginportal.support.ClientFixture(jdbc).computed(account.clientId, "RISK_LEVEL", "HIGH");

        navigate("clients/" + account.clientId);

        Span ratio = _get(Span.class, spec -> spec.withId("maintenance-ratio"));
        assertThat(ratio.getText()).isEqualTo("145.00%");
        assertThat(ratio.getClassNames()).as("coloured by the high-risk profile's lines").contains("ratio-warning");
        assertThat(_get(Span.class, spec -> spec.withId("lines-in-force")).getText())
                .startsWith("150% / 130% / 120%").contains("高风险");

        valuation.valueAll(); // the list shows the stored valuation
        navigate("clients");
        _get(TextField.class, spec -> spec.withId("filter-text")).setValue(String.valueOf(account.clientId));
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("client-grid"));
        assertThat(_size(grid)).isOne();
        assertThat(((Span) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "ratio")).getClassNames())
                .as("the list colours the row by the same lines").contains("ratio-warning");
    }

    @Test
    void theRatioChartDrawsAndLabelsTheLinesTheClientIsHeldToInBothLanguages() throws Exception {
        login("advisor1");
        com.marginportal.risk.RiskFixture account = new com.marginportal.risk.RiskFixture(jdbc);
        account.price("10.15"); // 145.00%
        new com.marginportal.support.ClientFixture(jdbc).computed(account.clientId, "RISK_LEVEL", "HIGH");
        valuation.valueAll(); // one stored valuation: a point of the history
        var held = effectiveLines.forClient(account.clientId).lines(); // the high-risk profile: 150% / 130% / 120%

        navigate("clients/" + account.clientId);
        showTab("维持担保比例走势");

        JsonNode option = ratioChartOption();
        assertThat(option.at("/series/0/data/" + (option.at("/series/0/data").size() - 1)).decimalValue())
                .isEqualByComparingTo("145.00");
        assertThat(markLines(option)).extracting(l -> l.get("yAxis").decimalValue()).usingElementComparator(
                java.math.BigDecimal::compareTo).containsExactly(held.warning().movePointRight(2),
                held.marginCall().movePointRight(2), held.liquidation().movePointRight(2));
        assertThat(markLines(option)).extracting(l -> l.at("/label/formatter").asText())
                .containsExactly("警戒线 150%", "追保线 130%", "即时平仓线 120%");
        assertThat(option.at("/yAxis/min").asDouble()).as("every line in view").isLessThanOrEqualTo(120);
        assertThat(option.at("/yAxis/max").asDouble()).isGreaterThanOrEqualTo(150);
        assertThat(option.at("/yAxis/axisLabel/formatter").asText()).isEqualTo("{value}%");

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate("clients/" + account.clientId);
        showTab("Ratio history");
        assertThat(markLines(ratioChartOption())).extracting(l -> l.at("/label/formatter").asText())
                .containsExactly("Warning line 150%", "Margin-call line 130%", "Immediate-liquidation line 120%");
    }

    @Test
    void withoutAValuationOrTradesTheChartsSayWhyInsteadOfShowingEmptyBoxes() {
        login("advisor1");
        com.marginportal.risk.RiskFixture account = new com.marginportal.risk.RiskFixture(jdbc);
        navigate("clients/" + account.clientId);
        showTab("维持担保比例走势");
        assertThat(_find(EChart.class, spec -> spec.withId("ratio-chart"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("ratio-chart-empty")).getText()).isEqualTo("暂无有负债的估值记录");

        showTab("交易行为分析");
        var charts = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("behaviour-charts"));
        assertThat(_find(charts, EChart.class)).as("no chart without figures").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("chart-trades-chart-empty")).getText())
                .isEqualTo("近 6 个月无交易。");
        assertThat(_get(Paragraph.class, spec -> spec.withId("chart-concentration-chart-empty")).getText())
                .isEqualTo("近 6 个月无持仓估值。");
        assertThat(_find(charts, Paragraph.class, spec -> spec.withClasses("chart-empty"))).hasSize(6);

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate("clients/" + account.clientId);
        showTab("Trading behaviour");
        assertThat(_get(Paragraph.class, spec -> spec.withId("chart-financed-chart-empty")).getText())
                .isEqualTo("No trades in the last 6 months.");
    }

    private static JsonNode ratioChartOption() throws Exception {
        return new ObjectMapper().readTree(_get(EChart.class, spec -> spec.withId("ratio-chart")).getOptionJson());
    }

    private static java.util.List<JsonNode> markLines(JsonNode option) {
        java.util.List<JsonNode> lines = new java.util.ArrayList<>();
        option.at("/series/0/markLine/data").forEach(lines::add);
        return lines;
    }

    private static void showTab(String label) {
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedTab(_find(Tab.class).stream().filter(t -> t.getLabel().equals(label)).findFirst().orElseThrow());
    }

    @Test
    void anotherAdvisorsClientIsNotFoundOrNotPermitted() {
        PortalUser me = (PortalUser) login("advisor1");
        long foreign = jdbc.sql("SELECT id FROM client WHERE advisor_id <> ? ORDER BY id")
                .param(me.id()).query(Long.class).list().get(0);
        navigate("clients/" + foreign);
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found")).getText()).isEqualTo("客户不存在或无权查看。");
        navigate("clients/99999999999");
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found")).getText()).isEqualTo("客户不存在或无权查看。");
    }
}
