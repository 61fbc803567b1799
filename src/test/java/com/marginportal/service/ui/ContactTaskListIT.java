package com.marginportal.service.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.marginportal.security.AccountAdministration;
import com.marginportal.security.NewAccount;
import com.marginportal.security.Role;
import com.marginportal.security.UserSummary;
import com.marginportal.service.ContactTask;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The contacts the plans ask for are listed in full however many there are: the list reads them page by page as it
 * scrolls, and its tab says how many. The advisor is a new one whose tasks are removed afterwards, so the other tests'
 * counts never see them.
 */
class ContactTaskListIT extends ViewTest {

    private static final int TASKS = 530;

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AccountAdministration accounts;

    private UserSummary advisor;

    /** Regression: the list stopped at 500 rows while its tab counted them all. */
    @Test
    @SuppressWarnings("unchecked")
    void everyOpenContactIsListedAndCounted() {
        login("admin");
        String login = "contacts-" + System.nanoTime() % 1_000_000;
        advisor = accounts.create(new NewAccount(login, "测试客户经理", Role.ADVISOR, 1L, null, null, "Margin-2026x"));
        jdbc.sql("UPDATE app_user SET password_change_required = FALSE WHERE id = ?").param(advisor.id()).update();
        long plan = jdbc.sql("SELECT MIN(id) FROM contact_plan").query(Long.class).single();
        for (int i = 0; i < TASKS; i++) {
            long client = 95_500_000L + advisor.id() * 1_000 + i; // no such client: only the rows are listed
            jdbc.sql("""
                    INSERT INTO contact_task (plan_id, client_id, open_client_id, branch_id, advisor_id, status, created_at,
                           due_at) VALUES (?, ?, ?, 1, ?, 'OPEN', CURRENT_TIMESTAMP, TIMESTAMPADD(MINUTE, ?, CURRENT_TIMESTAMP))""")
                    .params(plan, client, client, advisor.id(), i).update();
        }

        login(login);
        navigate("service");
        Tabs tabs = _get(Tabs.class, spec -> spec.withId("service-tabs"));
        Tab planned = _get(Tab.class, spec -> spec.withId("service-tab-planned"));
        assertThat(tabs.getSelectedTab()).as("no request open: the planned contacts first").isEqualTo(planned);
        tabs.setSelectedTab(planned);

        assertThat(planned.getLabel()).contains(String.valueOf(TASKS));
        Grid<ContactTask> grid = _get(Grid.class, spec -> spec.withId("contact-task-grid"));
        assertThat(_size(grid)).isEqualTo(TASKS);
        assertThat(_get(grid, 0).dueAt()).isBefore(_get(grid, TASKS - 1).dueAt());
        assertThat(_get(grid, TASKS - 1).clientId()).as("the last one, soonest due first")
                .isEqualTo(95_500_000L + advisor.id() * 1_000 + TASKS - 1);
    }

    @AfterEach
    void removeTheTasks() {
        if (advisor != null) {
            jdbc.sql("DELETE FROM contact_task WHERE advisor_id = ?").param(advisor.id()).update();
        }
    }
}
