package com.marginportal.client.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.marginportal.client.AdvisorBook;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The managers' list of advisors' books: money once with its unit, in the header as in the client list. */
class AdvisorBooksViewIT extends ViewTest {

    @Autowired
    JdbcClient jdbc;

    /**
     * The lowest ratio is one client's: it is coloured and named by the lines that client is held to, as in the
     * client list — not by a firm-wide default (a HIGH-risk client at 118% under his 120% liquidation line read as
     * "below the margin-call line"). Here one client without a case gets the branch's lowest ratio, 50%, under a
     * special agreement of 45/40/35%: safe by his lines, below every default line.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theLowestRatioIsColouredByItsClientsOwnLines() {
        long client = jdbc.sql("""
                SELECT MIN(c.id) FROM client c JOIN credit_account a ON a.client_id = c.id
                  JOIN app_user u ON u.id = c.advisor_id JOIN app_user m ON m.branch_id = u.branch_id
                 WHERE m.username = 'manager1' AND a.total_debt > 0
                   AND NOT EXISTS (SELECT 1 FROM risk_case k WHERE k.client_id = c.id AND k.open_account_id IS NOT NULL)""")
                .query(Long.class).single();
        var before = jdbc.sql("""
                SELECT maintenance_ratio, special_warning_line, special_margin_call_line, special_liquidation_line
                  FROM credit_account WHERE client_id = ?""").param(client).query().singleRow();
        jdbc.sql("""
                UPDATE credit_account SET maintenance_ratio = 0.5000, special_warning_line = 0.4500,
                       special_margin_call_line = 0.4000, special_liquidation_line = 0.3500 WHERE client_id = ?""")
                .param(client).update();
        try {
            login("manager1");
            navigate("advisors");
            Grid<AdvisorBook> grid = _get(Grid.class, spec -> spec.withId("advisor-books-grid"));
            int row = 0;
            while (!Long.valueOf(client).equals(GridKt._get(grid, row).lowestClientId())) {
                row++;
            }
            Anchor cell = (Anchor) GridKt._getCellComponent(grid, row, "lowest");
            assertThat(cell.getHref()).as("the lowest ratio opens its client").isEqualTo("clients/" + client);
            Component badge = cell.getChildren().findFirst().orElseThrow();
            assertThat(badge.getElement().getAttribute("class")).contains("ratio-safe");
            assertThat(badge.getElement().getAttribute("title")).isEqualTo("高于警戒线");
        } finally {
            jdbc.sql("""
                    UPDATE credit_account SET maintenance_ratio = :ratio, special_warning_line = :warning,
                           special_margin_call_line = :call, special_liquidation_line = :liquidation
                     WHERE client_id = :client""")
                    .param("ratio", before.get("maintenance_ratio")).param("warning", before.get("special_warning_line"))
                    .param("call", before.get("special_margin_call_line"))
                    .param("liquidation", before.get("special_liquidation_line")).param("client", client).update();
        }
    }

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
