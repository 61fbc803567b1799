package com.marginportal.risk.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._select;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.marginportal.risk.RiskFixture;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The built-in line profiles are named in the view's language, in the line settings and in the client 360 view's
 * "lines in force" — never in the seed's two languages at once ("默认 Default").
 */
class LineProfileNamesIT extends ViewTest {

    @Autowired
    private JdbcClient jdbc;

    /** Regression: the English view showed "默认 Default" and "高风险 High risk". */
    @Test
    @SuppressWarnings("unchecked")
    void theLineSettingsNameTheBuiltInProfilesInTheViewsLanguage() {
        login("admin");
        assertThat(profileNames()).containsExactly("默认", "高风险");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(profileNames()).containsExactly("Default", "High risk");
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("profile-grid"));
        _select(grid, grid.getListDataView().getItem(1));
        assertThat(_get(H3.class, spec -> spec.withId("lines-profile-name")).getText()).isEqualTo("High risk");
    }

    /** Regression: the client 360 view named the default profile "默认 Default" in English. */
    @Test
    void theClientViewNamesTheProfileInForceInTheViewsLanguage() {
        login("advisor1");
        RiskFixture account = new RiskFixture(jdbc);
        account.price("30"); // far from every line: held to the default profile, no case
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("clients/" + account.clientId);
        assertThat(_get(Span.class, spec -> spec.withId("lines-in-force")).getText())
                .endsWith(" (Default)").doesNotContain("默认");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("clients/" + account.clientId);
        assertThat(_get(Span.class, spec -> spec.withId("lines-in-force")).getText()).endsWith("（默认）");
    }

    @SuppressWarnings("unchecked")
    private List<String> profileNames() {
        navigate("risk/lines");
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("profile-grid"));
        return List.of(_getFormattedRow(grid, 0).get(0), _getFormattedRow(grid, 1).get(0));
    }
}
