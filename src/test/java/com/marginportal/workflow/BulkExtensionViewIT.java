package com.marginportal.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.marginportal.risk.RiskFixture;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;

import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The board's 批量展期 as a manager uses it: the dialog says how many cases it takes, the work runs in the
 * background while the board polls for its progress, and the result says what was done.
 */
class BulkExtensionViewIT extends ViewTest {

    /** A branch of this class's own: its board holds only this class's case. */
    private static final long BRANCH = 82;

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RiskScanService scanner;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private com.marginportal.calendar.TradingCalendarService calendars;

    @Test
    void theBoardExtendsEveryRunningDeadlineInTheBackgroundAndSaysWhatItDid() {
        String processId = marginCallInOwnBranch();
        java.time.Instant held = ((Date) runtime.getVariable(processId, "deadline")).toInstant();
        login("bx-mgr");
        String caseId = jdbc.sql("SELECT case_id FROM case_process WHERE process_instance_id = ?").param(processId)
                .query(String.class).single();
        navigate("board/case/" + caseId);
        assertThat(_get(Button.class, spec -> spec.withId("case-extend")).isVisible())
                .as("a margin call not yet reached: its deadline runs, one case can be extended too").isTrue();
        _click(_get(Button.class, spec -> spec.withId("case-extend")));
        assertThat(_get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withId("case-extend-deadline")).getHelperText()).as("the deadline the client holds")
                .contains("须晚于客户现有的追保期限 " + com.marginportal.shell.Formats.dateTime(held));
        navigate("board");

        _click(_get(Button.class, spec -> spec.withId("bulk-extend")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("bulk-extend-scope")).getText()).contains("1 个");
        _get(TextArea.class, spec -> spec.withId("bulk-extend-reason")).setValue("监管要求顺延");
        _click(_get(Button.class, spec -> spec.withId("bulk-extend-go")));

        assertThat(UI.getCurrent().getPollInterval()).as("the board polls while it runs").isPositive();
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().pollInterval(Duration.ofMillis(100)).until(() -> {
            MockVaadin.clientRoundtrip();
            return getNotifications().stream().map(Notification::getId).anyMatch(id -> id.orElse("").equals("bulk-done"));
        });
        List<String> shown = getNotifications().stream().filter(n -> n.getId().orElse("").equals("bulk-done"))
                .map(n -> n.getElement().getProperty("text")).toList();
        assertThat(shown).singleElement().asString().isEqualTo("已为 1 个案例延长追保期限并通知客户");
        assertThat(UI.getCurrent().getPollInterval()).as("and stops polling when done").isNegative();
        assertThat(runtime.getVariable(processId, "deadline"))
                .isEqualTo(Date.from(calendars.calendar().deadline(held, 1).toInstant()));
    }

    /** A margin call of the branch's advisor, its process started; its process id. */
    private String marginCallInOwnBranch() {
        jdbc.sql("DELETE FROM app_user WHERE branch_id = ?").param(BRANCH).update();
        jdbc.sql("DELETE FROM branch WHERE id = ?").param(BRANCH).update();
        jdbc.sql("INSERT INTO branch (id, code, name, city) VALUES (?, 'BX82', '批量展期营业部', '上海')").param(BRANCH).update();
        for (String[] user : new String[][] {{"bx-adv", "ADVISOR"}, {"bx-mgr", "MANAGER"}}) {
            jdbc.sql("""
                    INSERT INTO app_user (username, password_hash, display_name, role, branch_id, enabled, created_at)
                    VALUES (?, '{noop}x', ?, ?, ?, TRUE, ?)""")
                    .params(user[0], user[0], user[1], BRANCH, LocalDateTime.now()).update();
        }
        RiskFixture account = new RiskFixture(jdbc);
        jdbc.sql("UPDATE client SET branch_id = ?, advisor_id = (SELECT id FROM app_user WHERE username = 'bx-adv') "
                + "WHERE id = ?").params(BRANCH, account.clientId).update();
        account.price("8.90");
        scanner.scan(ScanTrigger.MANUAL);
        return await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                SELECT cp.process_instance_id FROM case_process cp JOIN risk_case r ON r.id = cp.case_id
                 WHERE r.account_id = ? AND cp.current_step = 'contactClient'""").param(account.accountId)
                .query(String.class).optional().orElse(null), id -> id != null);
    }
}
