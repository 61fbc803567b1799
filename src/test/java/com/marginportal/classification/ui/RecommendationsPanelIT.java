package com.marginportal.classification.ui;

import java.util.List;

import com.marginportal.classification.ClassificationService;
import com.marginportal.classification.ClassifiedClient;
import com.marginportal.client.ContactLine;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The 360 view's recommendations: why each applies; an advisor's answer lands in the contact and service history. */
class RecommendationsPanelIT extends ViewTest {

    @Autowired
    private ClassificationService classifications;
    @Autowired
    private JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void anAdvisorMarksARecommendationAcceptedAndItShowsInTheHistory() {
        ClassifiedClient client = new ClassifiedClient(jdbc, classifications, "HIGH", "SHORT_TERM", "HIGH_NET_WORTH", "PASSIVE");
        long vip = ClassifiedClient.seeded(jdbc, "VIP 客户服务");
        login("advisor1");
        navigate("clients/" + client.clientId);
        assertThat(items()).hasSize(10);
        assertThat(text(item(vip), "rec-because")).isEqualTo("依据：资产规模：高净值（人工调整：测试：ASSET_SCALE）");
        assertThat(text(item(vip), "rec-latest")).isEqualTo("尚未推荐");

        _click(_get(Button.class, spec -> spec.withId("rec-accepted-" + vip)));
        _get(TextArea.class, spec -> spec.withId("respond-note")).setValue("客户希望下月开通 VIP 通道");
        _click(_get(Button.class, spec -> spec.withId("respond-save")));

        assertThat(_find(item(vip), Span.class, spec -> spec.withClasses("rec-status-accepted")))
                .singleElement().satisfies(s -> assertThat(s.getText()).isEqualTo("已接受"));
        showTab("联系与服务记录");
        Grid<ContactLine> history = _get(Grid.class, spec -> spec.withId("contacts-grid"));
        assertThat(_get(history, 0).outcome()).isEqualTo("ACCEPTED");
        List<String> row = _getFormattedRow(history, 0);
        assertThat(row).contains("服务推荐", "客户经理发起", "VIP 客户服务：已接受", "客户希望下月开通 VIP 通道");
    }

    @Test
    void aClassRecordedWithoutReasonsIsNamedWithoutEmptyBrackets() {
        ClassifiedClient client = new ClassifiedClient(jdbc, classifications, "HIGH", "SHORT_TERM", "HIGH_NET_WORTH", "PASSIVE");
        jdbc.sql("DELETE FROM classification_override WHERE client_id = ? AND dimension = 'RISK_LEVEL'")
                .param(client.clientId).update();
        jdbc.sql("UPDATE client_classification SET computed_value = 'HIGH', reasons = '[]' WHERE client_id = ? AND dimension = 'RISK_LEVEL'")
                .param(client.clientId).update();
        login("advisor1");
        navigate("clients/" + client.clientId);
        assertThat(text(item(ClassifiedClient.seeded(jdbc, "更严格的风控措施")), "rec-because")).isEqualTo("依据：风险等级：高风险");
    }

    @Test
    void anAdminSeesWhyButRecordsNothing() {
        ClassifiedClient client = new ClassifiedClient(jdbc, classifications, "LOW", "MEDIUM_LONG_TERM", "ORDINARY", "ACTIVE");
        login("admin");
        navigate("clients/" + client.clientId);
        assertThat(items()).extracting(i -> text(i, "rec-title")).containsExactly(
                "行业研究与长期稳健建议", "深度行业研究报告", "基础投资者教育", // priority 2, two conditions first
                "稳健型理财产品", "长期投资建议", "简洁易懂的投资产品", "市场信息与专业分析", "低门槛融资方案");
        assertThat(_find(Button.class, spec -> spec.withId("rec-offered-" + ClassifiedClient.seeded(jdbc, "稳健型理财产品"))))
                .isEmpty();
    }

    @Test
    void theBehaviourTabShowsTheFiguresAndSixChartsForEachPeriod() {
        long client = jdbc.sql("""
                SELECT c.id FROM client c JOIN app_user u ON u.id = c.advisor_id
                 WHERE u.username = 'advisor1' AND c.id < 90000000 ORDER BY c.id""").query(Long.class).list().get(0);
        login("advisor1");
        navigate("clients/" + client);
        showTab("交易行为分析");
        assertThat(_find(Div.class, spec -> spec.withClasses("chart-card"))).hasSize(6);
        assertThat(_get(com.marginportal.shell.chart.EChart.class, spec -> spec.withId("chart-trades-chart"))
                .getOptionJson()).as("trades per month against the short-term threshold")
                .contains("\"markLine\"", "短线阈值");
        @SuppressWarnings("unchecked")
        var period = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<Integer>) _get(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("behaviour-period"));
        period.setValue(12);
        assertThat(_find(Div.class, spec -> spec.withClasses("chart-card"))).hasSize(6);
        assertThat(_get(Div.class, spec -> spec.withId("behaviour-summary")).getElement().getTextRecursively())
                .contains("交易笔数", "融资买入占买入金额");
    }

    private static void showTab(String label) {
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedTab(_find(Tab.class).stream().filter(t -> t.getLabel().equals(label)).findFirst().orElseThrow());
    }

    private static List<Div> items() {
        return _find(Div.class, spec -> spec.withClasses("rec-item"));
    }

    private static Div item(long recommendation) {
        return items().stream().filter(d -> String.valueOf(recommendation).equals(d.getElement().getAttribute("data-recommendation")))
                .findFirst().orElseThrow();
    }

    private static String text(Div item, String className) {
        return _find(item, Span.class, spec -> spec.withClasses(className)).get(0).getElement().getTextRecursively();
    }
}
