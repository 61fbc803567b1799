package com.marginportal.client.ui;

import java.util.Map;

import com.marginportal.client.SavedClientView;
import com.marginportal.client.SavedClientViews;
import com.marginportal.support.ClientFixture;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Saved views at the top of the client list: save the list as shown, apply it in one pick, delete it. */
class SavedViewsIT extends ViewTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private SavedClientViews views;

    private ClientFixture fixture;

    @BeforeEach
    void clients() {
        fixture = new ClientFixture(jdbc);
        long high = fixture.client(1, "advisor1");
        long low = fixture.client(1, "advisor1");
        fixture.computed(high, "RISK_LEVEL", "HIGH").computed(low, "RISK_LEVEL", "LOW");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSavedViewBringsBackFilterAndSortAndCanBeDeleted() {
        login("advisor1");
        views.list().forEach(v -> views.delete(v.id()));
        UI.getCurrent().navigate("clients", QueryParameters.simple(Map.of("q", fixture.marker, "risk", "HIGH")));
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("client-grid"));
        assertThat(_size(grid)).isOne();
        sortDescending(grid, "TOTAL_ASSETS");

        TextField name = _get(TextField.class, spec -> spec.withId("saved-view-name"));
        name.setValue("x".repeat(SavedClientViews.MAX_NAME + 1));
        _click(_get(Button.class, spec -> spec.withId("saved-view-save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("名称最多 " + SavedClientViews.MAX_NAME + " 个字符");
        assertThat(views.list()).isEmpty();

        name.setValue("我的高风险");
        _click(_get(Button.class, spec -> spec.withId("saved-view-save")));
        assertThat(name.isInvalid()).isFalse();
        assertThat(views.list()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("我的高风险");
            assertThat(QueryParameters.fromString(v.filterQuery()).getParameters())
                    .containsEntry("q", java.util.List.of(fixture.marker)).containsEntry("risk", java.util.List.of("HIGH"));
            assertThat(v.sortOrder()).isEqualTo("TOTAL_ASSETS:desc");
        });

        UI.getCurrent().navigate("clients"); // the whole list, default order
        grid = _get(Grid.class, spec -> spec.withId("client-grid"));
        assertThat(_size(grid)).isGreaterThan(1);
        Select<SavedClientView> saved = _get(Select.class, spec -> spec.withId("saved-views"));
        saved.setValue(views.list().get(0));

        grid = _get(Grid.class, spec -> spec.withId("client-grid"));
        assertThat(_size(grid)).as("the saved filter").isOne();
        assertThat(_get(TextField.class, spec -> spec.withId("filter-text")).getValue()).isEqualTo(fixture.marker);
        assertThat(((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("filter-risk"))).getValue()).isEqualTo("HIGH");
        assertThat(grid.getSortOrder()).singleElement().satisfies(o -> {
            assertThat(o.getSorted().getKey()).isEqualTo("TOTAL_ASSETS");
            assertThat(o.getDirection()).isEqualTo(SortDirection.DESCENDING);
        });

        saved = _get(Select.class, spec -> spec.withId("saved-views"));
        saved.setValue(views.list().get(0));
        _click(_get(Button.class, spec -> spec.withId("saved-view-delete")));
        assertThat(views.list()).isEmpty();
        assertThat(saved.isVisible()).as("no saved view left: no menu").isFalse();
        assertThat(saved.getListDataView().getItemCount()).isZero();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortDescending(Grid grid, String key) {
        grid.sort(java.util.List.of(new GridSortOrder<>(grid.getColumnByKey(key), SortDirection.DESCENDING)));
    }
}
