package com.marginportal.classification.ui;

import java.time.Duration;

import com.marginportal.classification.ClassificationRuns;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Recalculate now" in the classification settings: progress by polling, completion, one run at a time, admins only. */
class RecalculationPanelIT extends ViewTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private LockProvider locks;

    @AfterEach
    void noRunLeftRunning() {
        jdbc.sql("UPDATE classification_run SET status = 'SUCCEEDED', finished_at = UTC_TIMESTAMP(6) WHERE status = 'RUNNING'")
                .update();
    }

    @Test
    void anAdminStartsARunAndSeesItFinish() {
        login("admin");
        navigate("admin/classification");
        Button start = _get(Button.class, spec -> spec.withId("recalc-start"));
        assertThat(start.getText()).isEqualTo("立即重新分类");

        _click(start);

        Span status = _get(Span.class, spec -> spec.withId("recalc-status"));
        // polled on the test thread: Karibu's UI lives in its thread-locals
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .pollInterval(Duration.ofMillis(50)).until(() -> {
                    if (status.getText().startsWith("重新分类完成")) {
                        return true;
                    }
                    assertThat(status.getText()).startsWith("已处理"); // running: the progress line
                    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(1000);
                    poll();
                    return false;
                });
        int clients = jdbc.sql("SELECT COUNT(*) FROM client c JOIN credit_account a ON a.client_id = c.id")
                .query(Integer.class).single();
        assertThat(status.getText()).startsWith("重新分类完成：" + String.format("%,d", clients) + " 位客户");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(start.isEnabled()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<com.marginportal.classification.ClassificationRun> runs = _get(Grid.class, spec -> spec.withId("recalc-runs"));
        assertThat(_get(runs, 0).trigger().name()).isEqualTo("MANUAL");
        assertThat(_get(runs, 0).status().name()).isEqualTo("SUCCEEDED");
        assertThat(_get(runs, 0).startedBy()).isEqualTo("admin");
    }

    @Test
    void aRunOnAnotherNodeShowsItsProgressAndBlocksASecondStart() {
        SimpleLock held = locks.lock(new LockConfiguration(ClockProvider.now(), "classification",
                Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
        try {
            jdbc.sql("""
                    INSERT INTO classification_run (run_trigger, full_pass, status, started_by, started_at, updated_at,
                           total_clients, processed, changed_clients)
                    VALUES ('NIGHTLY', TRUE, 'RUNNING', 'system', UTC_TIMESTAMP(6) - INTERVAL 10 SECOND, UTC_TIMESTAMP(6),
                            100000, 40000, 12)""").update();
            login("admin");
            navigate("admin/classification");

            ProgressBar bar = _get(ProgressBar.class, spec -> spec.withId("recalc-progress"));
            assertThat(bar.isVisible()).isTrue();
            assertThat(bar.getValue()).isEqualTo(0.4);
            assertThat(_get(Span.class, spec -> spec.withId("recalc-status")).getText())
                    .startsWith("已处理 40,000 / 100,000 位客户（40%）· 每日收盘后 · system 于 ")
                    .containsPattern("预计还需 1[45]\\.\\d 秒");
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(1000);
            Button start = _get(Button.class, spec -> spec.withId("recalc-start"));
            assertThat(start.isEnabled()).isFalse();

            start.setEnabled(true); // a stale page: the click reaches the server, which refuses
            _click(start);
            expectNotifications("已有重新分类正在运行（system 于 " + _get(Span.class, spec -> spec.withId("recalc-status")).getText()
                    .replaceAll(".* system 于 (.+) 开始.*", "$1") + " 开始，已完成 40%），请稍后再试。");

            jdbc.sql("UPDATE classification_run SET status = 'SUCCEEDED', finished_at = UTC_TIMESTAMP(6) WHERE status = 'RUNNING'")
                    .update();
            poll();
            assertThat(bar.isVisible()).isFalse();
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        } finally {
            held.unlock();
        }
    }

    @Test
    void managersAndAdvisorsCannotOpenTheSettings() {
        for (String user : new String[] {"manager1", "advisor1"}) {
            login(user);
            assertThatThrownBy(() -> navigate("admin/classification")).isInstanceOf(MockAccessDeniedException.class);
        }
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }
}
