package com.marginportal.client.ui;

import java.util.List;
import java.util.Map;

import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientFilter;
import com.marginportal.support.ClientFixture;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.marginportal.security.UserAccount;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The client list's segment filters from the URL, and the managers' bulk actions per role. */
class ClientListSegmentsIT extends ViewTest {

    @Autowired
    private ClientDirectory directory;
    @Autowired
    private JdbcClient jdbc;

    private ClientFixture fixture;
    private long high;
    private long low;

    @BeforeEach
    void twoClients() {
        fixture = new ClientFixture(jdbc);
        high = fixture.client(1, "advisor1");
        low = fixture.client(1, "advisor1");
        fixture.computed(high, "RISK_LEVEL", "HIGH").computed(high, "ASSET_SCALE", "HIGH_NET_WORTH")
                .computed(low, "RISK_LEVEL", "LOW").suitabilityIssue(low);
    }

    @Test
    @SuppressWarnings("unchecked")
    void segmentFiltersComeFromTheUrlAndTheRowsShowTheEffectiveClasses() {
        login("manager1");
        open(Map.of("q", fixture.marker, "risk", "HIGH", "scale", "HIGH_NET_WORTH"));
        assertThat(((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("filter-risk"))).getValue()).isEqualTo("HIGH");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("client-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getCellComponent(grid, 0, "segments").getChildren().map(c -> ((Span) c).getText()))
                .containsExactly("高风险", "高净值");

        open(Map.of("q", fixture.marker, "suitability", "issues"));
        assertThat(_get(Checkbox.class, spec -> spec.withId("filter-suitability")).getValue()).isTrue();
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getCellComponent(grid, 0, "segments").getChildren().map(c -> ((Span) c).getText()))
                .containsExactly("适当性存疑", "低风险");

        ((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("filter-risk"))).setValue("LOW");
        assertThat(_size(grid)).as("the URL filter and the bar combine").isEqualTo(1);
        _get(Checkbox.class, spec -> spec.withId("filter-suitability")).setValue(false);
        ((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("filter-risk"))).setValue("HIGH");
        assertThat(_size(grid)).isEqualTo(1);
    }

    @Test
    void advisorsGetNoBulkActions() {
        login("advisor1");
        open(Map.of("q", fixture.marker));
        assertThat(_find(HorizontalLayout.class, spec -> spec.withId("bulk-actions"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("bulk-reassign"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("bulk-export"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerReassignsTheFilteredClientsAndIsToldHowMany() {
        login("manager1");
        assertThat(_find(Anchor.class, spec -> spec.withId("bulk-export"))).isEmpty();
        open(Map.of("q", fixture.marker, "risk", "HIGH"));
        assertThat(_find(Anchor.class, spec -> spec.withId("bulk-export"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("bulk-reassign")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("reassign-scope")).getText())
                .contains("全部 1 位客户");
        Select<UserAccount> advisor = _get(Select.class, spec -> spec.withId("reassign-advisor"));
        assertThat(advisor.getListDataView().getItems()).as("only the manager's branch").allMatch(a -> a.branchId() == 1L);
        advisor.setValue(advisor.getListDataView().getItems().filter(a -> a.username().equals("advisor2")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("reassign-save")));

        expectNotifications("已改派 1 位客户");
        long advisor2 = jdbc.sql("SELECT id FROM app_user WHERE username = 'advisor2'").query(Long.class).single();
        assertThat(fixture.advisorOf(high)).isEqualTo(advisor2);
        assertThat(fixture.advisorOf(low)).as("outside the filter").isNotEqualTo(advisor2);
    }

    @Test
    void the360ViewWarnsOfSuitabilityIssuesWithTheReasons() {
        login("manager1");
        navigate("clients/" + low);
        assertThat(_get(Span.class, spec -> spec.withId("suitability-badge")).getElement().getTextRecursively())
                .isEqualTo("适当性存疑");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("suitability-reasons")).getElement()
                .getTextRecursively()).isEqualTo("风险承受能力 C3 低于 C4");
        navigate("clients/" + high);
        assertThat(_find(Span.class, spec -> spec.withId("suitability-badge"))).isEmpty();
    }

    private void open(Map<String, String> query) {
        UI.getCurrent().navigate("clients", QueryParameters.simple(query));
    }
}
