package com.marginportal.home.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.marginportal.client.AccountSummary;
import com.marginportal.client.ClientDirectory;
import com.marginportal.home.MyDaySummary;
import com.marginportal.support.ViewTest;
import com.marginportal.workflow.ui.DashboardView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The home page answers "what needs me now?": advisors land on their day, managers on the branch dashboard. */
class MyDayViewIT extends ViewTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Clock clock;
    @Autowired
    private ClientDirectory directory;

    @Test
    void anAdvisorLandsOnTheirDayWithTheFiguresThatOpenTheWork() {
        login("advisor1");
        navigate("");
        assertThat(currentView()).isEqualTo(MyDayView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("tile-overdue")).getHref()).isEqualTo("tasks");
        assertThat(_get(Anchor.class, spec -> spec.withId("tile-unclaimed")).getHref()).isEqualTo("tasks?tab=group");
        assertThat(_get(Grid.class, spec -> spec.withId("my-day-agenda")).getEmptyStateText()).isEqualTo("目前没有待办事项。");
    }

    /**
     * A credit contract ends with its debt due: the advisor's day lists her clients' contracts with debt that have
     * expired or expire soon, soonest first, with the time left — before, the expiry was only on each client's page,
     * and the list calls out exactly the contracts that page does. Another advisor's clients and accounts without
     * debt are not hers to remind.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theContractsFallingDueAreOnTheAdvisorsDaySoonestFirst() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        long expiring = jdbc.sql("""
                SELECT MIN(a.id) FROM credit_account a JOIN client c ON c.id = a.client_id
                  JOIN app_user u ON u.id = c.advisor_id WHERE u.username = 'advisor3' AND a.total_debt > 0""")
                .query(Long.class).single();
        long otherAdvisors = jdbc.sql("""
                SELECT MIN(a.id) FROM credit_account a JOIN client c ON c.id = a.client_id
                  JOIN app_user u ON u.id = c.advisor_id WHERE u.username = 'advisor4' AND a.total_debt > 0""")
                .query(Long.class).single();
        LocalDate expiringWas = expiry(expiring);
        LocalDate otherWas = expiry(otherAdvisors);
        setExpiry(expiring, today.minusDays(7));
        setExpiry(otherAdvisors, today.minusDays(30));
        try {
            LocalDate until = today.plusDays(AccountSummary.EXPIRY_NOTICE_DAYS);
            List<Long> hers = jdbc.sql("""
                    SELECT c.id FROM credit_account a JOIN client c ON c.id = a.client_id
                      JOIN app_user u ON u.id = c.advisor_id
                     WHERE u.username = 'advisor3' AND a.total_debt > 0 AND a.contract_expiry <= ?
                     ORDER BY a.contract_expiry, c.id""").param(until).query(Long.class).list();

            login("advisor3");
            navigate("my-day");
            Grid<MyDaySummary.Contract> grid = _get(Grid.class, spec -> spec.withId("my-day-contracts"));
            List<Long> shown = IntStream.range(0, GridKt._size(grid))
                    .mapToObj(i -> GridKt._get(grid, i).due().clientId()).toList();
            assertThat(shown).as("her contracts with debt due by %s, soonest first", until)
                    .isEqualTo(hers.subList(0, Math.min(50, hers.size())));
            assertThat(((Span) GridKt._getCellComponent(grid, 0, "term")).getText()).isEqualTo("已到期 7 天");
            assertThat(GridKt._get(grid, 0).due().accountId()).isEqualTo(expiring);
            for (long client : shown) {
                assertThat(directory.profile(client).orElseThrow().account().contractState())
                        .as("the client's page calls it out too").isNotEqualTo(AccountSummary.ContractState.IN_FORCE);
            }
        } finally {
            setExpiry(expiring, expiringWas);
            setExpiry(otherAdvisors, otherWas);
        }
    }

    private LocalDate expiry(long accountId) {
        return jdbc.sql("SELECT contract_expiry FROM credit_account WHERE id = ?").param(accountId)
                .query(LocalDate.class).single();
    }

    private void setExpiry(long accountId, LocalDate expiry) {
        jdbc.sql("UPDATE credit_account SET contract_expiry = ? WHERE id = ?").params(expiry, accountId).update();
    }

    @Test
    void aManagerLandsOnWhatNeedsThemWithTheDashboardBelow() {
        login("manager1");
        navigate("");
        assertThat(currentView()).isEqualTo(ManagerDayView.class);
        _get(Grid.class, spec -> spec.withId("manager-day-attention"));
        _get(DashboardView.class);
    }
}
