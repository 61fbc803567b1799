package com.marginportal.client.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.marginportal.client.AdvisorBook;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;

import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The managers' list of advisors' books: money once with its unit, in the header as in the client list. */
class AdvisorBooksViewIT extends ViewTest {

    @Test
    void assetsCarryTheirUnitInTheHeaderOnly() {
        login("manager1");
        navigate("advisors");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("advisor-books-grid"));
        assertThat(_size(grid)).isPositive();
        assertThat(grid.getColumnByKey("assets").getHeaderText()).isEqualTo("总资产（元）");
        for (int row = 0; row < _size(grid); row++) {
            assertThat(_getFormatted(grid, row, "assets")).matches("[\\d,]+\\.\\d\\d");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdvisorsNameOpensTheirClients() {
        login("manager1");
        navigate("advisors");
        Grid<AdvisorBook> grid = _get(Grid.class, spec -> spec.withId("advisor-books-grid"));
        AdvisorBook first = GridKt._get(grid, 0);
        Anchor name = (Anchor) GridKt._getCellComponent(grid, 0, "advisor");
        assertThat(name.getHref()).isEqualTo("clients?advisor=" + first.advisorId());
        com.vaadin.flow.router.Location link = new com.vaadin.flow.router.Location(name.getHref());
        com.vaadin.flow.component.UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
        assertThat((long) _size(_get(Grid.class, spec -> spec.withId("client-grid"))))
                .as("the advisor's book: as many clients as the list of books says").isEqualTo(first.clients());
    }
}
