package com.marginportal.workflow;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.marginportal.notification.NoticeRecord;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * While the mail server cannot be reached a notice is retried for hours before it counts as failed; the client has
 * not been told all that time. Incidents listed only FAILED notices ("no failed notices") and the administrator's
 * home counted none: the outage showed in the log and the metrics only. Now a notice being retried is listed first,
 * with its attempts, next attempt and error, without a retry button (it retries itself), and counted on the
 * administrator's home.
 */
class IncidentsRetryingViewIT extends ViewTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aNoticeBeingRetriedIsListedFirstAndCounted() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO notification (channel, notice_type, status, case_id, client_id, branch_id, recipient,
                       recipient_name, language_tag, subject, body_text, body_html, snapshot, created_at, created_by,
                       attempts, series_start, next_attempt_at, last_attempt_at, last_error)
                VALUES ('EMAIL', 'MARGIN_CALL', 'PENDING', NULL, 1, 1, 'retrying-test@example.com', '张三', 'zh-CN',
                        '主题', '正文', '<p>正文</p>', '{}', :created, 'test', 2, 0, :next, :last,
                        'MailSendException: Mail server connection failed ← ConnectException: Connection refused')""")
                .param("created", now.minusYears(5)).param("next", now.plusDays(1)).param("last", now.minusMinutes(1))
                .update();
        long id = jdbc.sql("SELECT id FROM notification WHERE recipient = 'retrying-test@example.com'")
                .query(Long.class).single();
        try {
            login("manager1");
            navigate("incidents");
            Grid<NoticeRecord> grid = _get(Grid.class, spec -> spec.withId("failed-notices"));
            assertThat(_get(grid, 0).id()).as("the oldest notice being retried comes first").isEqualTo(id);
            assertThat(_getFormatted(grid, 0, "status")).startsWith("待重发（已失败 2 次，下次 ");
            assertThat(_getCellComponent(grid, 0, "retry")).as("it retries itself").isNotInstanceOf(Button.class);
            assertThat(_get(Span.class, spec -> spec.withId("failed-notice-count")).getText())
                    .contains("等待自动重发", "客户尚未收到").as("no \"0 failed\"").doesNotContain("，0 条");

            long retrying = jdbc.sql("""
                    SELECT COUNT(*) FROM notification WHERE status = 'PENDING' AND attempts > 0
                       AND next_attempt_at IS NOT NULL""").query(Long.class).single();
            login("admin");
            navigate("");
            Anchor tile = _get(Anchor.class, spec -> spec.withId("tile-retrying-notices"));
            assertThat(tile.getHref()).isEqualTo("incidents");
            assertThat(tile.getElement().getTextRecursively()).startsWith(String.valueOf(retrying))
                    .contains("等待重发的通知");
        } finally {
            jdbc.sql("DELETE FROM notification WHERE id = ?").param(id).update();
        }
    }
}
