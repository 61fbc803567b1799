package com.marginportal.service.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.marginportal.security.AccountAdministration;
import com.marginportal.security.NewAccount;
import com.marginportal.security.Role;
import com.marginportal.security.UserSummary;
import com.marginportal.service.ContactPlan;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The built-in contact plans (seeded as 高净值客户月度沟通 and 高风险客户周度沟通) are named in the view's language wherever
 * a plan is named — the plan list, the planned contacts, the task inbox; a name an admin typed is shown as typed.
 */
class ContactPlanNamesIT extends ViewTest {

    private static final String MONTHLY = "高净值客户月度沟通";
    private static final String WEEKLY = "高风险客户周度沟通";

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AccountAdministration accounts;

    private UserSummary advisor;

    /** Regression: the English plan list showed the seeded Chinese names. */
    @Test
    void thePlanListNamesTheBuiltInPlansInTheViewsLanguageAndATypedNameAsTyped() {
        String typed = typedPlan("test");
        login("admin");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        Map<String, String> english = planNames();
        assertThat(english.get(MONTHLY)).isEqualTo("High-net-worth clients: monthly contact");
        assertThat(english.get(WEEKLY)).isEqualTo("High-risk clients: weekly contact");
        assertThat(english.get(typed)).isEqualTo(typed);

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        Map<String, String> chinese = planNames();
        assertThat(chinese.get(MONTHLY)).isEqualTo(MONTHLY);
        assertThat(chinese.get(typed)).isEqualTo(typed);
    }

    /** Regression: the plan list named who last changed a plan by login ("admin", "system"), the lines list by name. */
    @Test
    @SuppressWarnings("unchecked")
    void whoLastChangedAPlanIsNamedAsPeopleReadIt() {
        String typed = typedPlan("admin");
        String adminName = jdbc.sql("SELECT display_name FROM app_user WHERE username = 'admin'").query(String.class).single();
        login("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("service/plans");
        Grid<ContactPlan> grid = _get(Grid.class, spec -> spec.withId("plan-grid"));
        List<String> names = grid.getListDataView().getItems().map(p -> p.definition().name()).toList();
        assertThat(_getFormatted(grid, names.indexOf(typed), "updated")).startsWith(adminName + " · ");
        assertThat(_getFormatted(grid, names.indexOf(MONTHLY), "updated")).as("seeded by the portal").startsWith("System · ");
    }

    /** Regression: an English advisor's planned contacts and inbox named the plan in Chinese. */
    @Test
    @SuppressWarnings("unchecked")
    void aPlannedContactNamesItsBuiltInPlanInTheViewsLanguage() {
        login("admin");
        String login = "plan-names-" + System.nanoTime() % 1_000_000;
        advisor = accounts.create(new NewAccount(login, "测试客户经理", Role.ADVISOR, 1L, null, null, "Margin-2026x"));
        jdbc.sql("UPDATE app_user SET password_change_required = FALSE WHERE id = ?").param(advisor.id()).update();
        long plan = jdbc.sql("SELECT id FROM contact_plan WHERE name = ?").param(MONTHLY).query(Long.class).single();
        long client = 96_500_000L + advisor.id(); // no such client: only the row is listed
        jdbc.sql("""
                INSERT INTO contact_task (plan_id, client_id, open_client_id, branch_id, advisor_id, status, created_at,
                       due_at) VALUES (?, ?, NULL, 1, ?, 'OPEN', CURRENT_TIMESTAMP, TIMESTAMPADD(DAY, 3, CURRENT_TIMESTAMP))""")
                .params(plan, client, advisor.id()).update();

        login(login);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("service");
        _get(Tabs.class, spec -> spec.withId("service-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("service-tab-planned")));
        Grid<Object> contacts = _get(Grid.class, spec -> spec.withId("contact-task-grid"));
        assertThat(_getFormattedRow(contacts, 0)).contains("High-net-worth clients: monthly contact")
                .doesNotContain(MONTHLY);

        navigate("tasks");
        Grid<Object> inbox = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        assertThat(_getFormatted(inbox, 0, "task")).isEqualTo("Contact plan call · High-net-worth clients: monthly contact");
    }

    /** A plan someone typed (not seeded), last saved by {@code updatedBy}: its name. */
    private String typedPlan(String updatedBy) {
        String typed = "自定义计划 " + System.nanoTime() % 1_000_000;
        jdbc.sql("""
                INSERT INTO contact_plan (name, dimension, dimension_value, ratio_below, interval_days, active,
                       updated_at, updated_by) VALUES (?, 'RISK_LEVEL', 'HIGH', NULL, 7, FALSE, CURRENT_TIMESTAMP, ?)""")
                .params(typed, updatedBy).update();
        return typed;
    }

    private Map<String, String> planNames() {
        navigate("service/plans");
        @SuppressWarnings("unchecked")
        Grid<ContactPlan> grid = _get(Grid.class, spec -> spec.withId("plan-grid"));
        List<ContactPlan> plans = grid.getListDataView().getItems().toList();
        Map<String, String> shown = new HashMap<>();
        for (int row = 0; row < plans.size(); row++) {
            shown.put(plans.get(row).definition().name(), _getFormattedRow(grid, row).get(0));
        }
        return shown;
    }

    @AfterEach
    void removeTheTask() {
        if (advisor != null) {
            jdbc.sql("DELETE FROM contact_task WHERE advisor_id = ?").param(advisor.id()).update();
        }
    }
}
