package com.marginportal.client.ui;

import com.marginportal.support.ViewTest;
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
}
