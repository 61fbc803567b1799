package com.marginportal.home;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.marginportal.security.AccountAdministration;
import com.marginportal.security.NewAccount;
import com.marginportal.security.Role;
import com.marginportal.security.UserSummary;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The task inbox lists and counts every task however many there are: its grid reads both kinds page by page, its tabs
 * count them in the database. A new advisor of branch 1 owes 530 planned contacts (30 overdue); her inbox and her
 * manager's show them all. The contacts are removed afterwards, so the other tests' counts never see them.
 */
class InboxPagesIT extends ViewTest {

    private static final int CONTACTS = 530;
    private static final int OVERDUE = 30;
    private static final long FIRST_CLIENT = 97_500_000L;

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AccountAdministration accounts;
    @Autowired
    private TaskService taskService;
    @Autowired
    private Clock clock;

    private UserSummary advisor;

    /** Regression: the inbox merged the first 500 contacts only, so its tabs and lists stopped at 500. */
    @Test
    @SuppressWarnings("unchecked")
    void everyContactIsListedAndCountedInTheAdvisorsAndTheManagersInbox() {
        login("admin");
        String login = "inbox-pages-" + System.nanoTime() % 1_000_000;
        advisor = accounts.create(new NewAccount(login, "测试客户经理", Role.ADVISOR, 1L, null, null, "Margin-2026x"));
        jdbc.sql("UPDATE app_user SET password_change_required = FALSE WHERE id = ?").param(advisor.id()).update();
        long plan = jdbc.sql("SELECT MIN(id) FROM contact_plan").query(Long.class).single();
        Instant now = clock.instant();
        for (int i = 0; i < CONTACTS; i++) { // no such clients: only the rows are listed
            Instant due = now.plus(Duration.ofMinutes(i < OVERDUE ? i - OVERDUE - 60 : i + 60));
            jdbc.sql("""
                    INSERT INTO contact_task (plan_id, client_id, open_client_id, branch_id, advisor_id, status, created_at,
                           due_at) VALUES (?, ?, NULL, 1, ?, 'OPEN', ?, ?)""")
                    .params(plan, client(i), advisor.id(), utc(now.minus(Duration.ofDays(1))), utc(due)).update();
        }

        login(login);
        navigate("tasks");
        Grid<WorkItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        assertThat(label("inbox-tab-mine")).contains("（" + CONTACTS + "）");
        assertThat(_size(grid)).isEqualTo(CONTACTS);
        assertThat(_get(grid, CONTACTS - 1).clientId()).as("the last one, soonest due first")
                .isEqualTo(client(CONTACTS - 1));
        _get(TextField.class, spec -> spec.withId("inbox-filter-client")).setValue(Long.toString(client(520)));
        assertThat(_size(grid)).as("the filter reaches past the first page").isOne();
        _get(TextField.class, spec -> spec.withId("inbox-filter-client")).clear();
        select("inbox-tab-overdue");
        long overdue = OVERDUE + taskService.createTaskQuery().processDefinitionKey("marginBreach").active()
                .taskCandidateGroup("branch-1-advisors").taskDueBefore(java.util.Date.from(clock.instant())).count();
        assertThat(label("inbox-tab-overdue")).contains("（" + overdue + "）");
        assertThat(_size(grid)).as("hers and her group's overdue work").isEqualTo((int) overdue);

        login("manager1");
        navigate("clients"); // leave the view, so "tasks" is built anew for the manager
        navigate("tasks");
        select("inbox-tab-group");
        Grid<WorkItem> managers = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        long manager1 = jdbc.sql("SELECT id FROM app_user WHERE username = 'manager1'").query(Long.class).single();
        long expected = jdbc.sql("""
                SELECT COUNT(*) FROM contact_task WHERE status = 'OPEN' AND branch_id = 1
                   AND (advisor_id IS NULL OR advisor_id <> ?)""").param(manager1).query(Long.class).single()
                + taskService.createTaskQuery().processDefinitionKey("marginBreach").active()
                .taskCandidateGroup("branch-1-managers").count();
        assertThat(label("inbox-tab-group")).contains("（" + expected + "）");
        assertThat(_size(managers)).as("the branch's group work, every row").isEqualTo((int) expected);
    }

    private static long client(int i) {
        return FIRST_CLIENT + i;
    }

    private String label(String tabId) {
        return _get(Tab.class, spec -> spec.withId(tabId)).getLabel();
    }

    private void select(String tabId) {
        _get(Tabs.class, spec -> spec.withId("inbox-tabs")).setSelectedTab(_get(Tab.class, spec -> spec.withId(tabId)));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @AfterEach
    void removeTheContacts() {
        if (advisor != null) {
            jdbc.sql("DELETE FROM contact_task WHERE advisor_id = ?").param(advisor.id()).update();
        }
    }
}
