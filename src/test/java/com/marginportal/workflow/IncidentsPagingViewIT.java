package com.marginportal.workflow;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.marginportal.notification.NoticeRecord;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A manager sees every failed notice of her branch in Incidents, however many there are: the list is read page by
 * page from the database with its true count (it used to stop at the newest 500).
 */
class IncidentsPagingViewIT extends ViewTest {

    private static final int FAILED = 520;

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private JdbcTemplate template;

    @Test
    @SuppressWarnings("unchecked")
    void everyFailedNoticeOfTheBranchIsListedAndCountedTheOldestToo() {
        long caseBase = 71_000_000L + System.nanoTime() % 1_000_000 * 1000;
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < FAILED; i++) { // the first is the oldest failure
            rows.add(new Object[] {caseBase + i, caseBase + i, now.minusDays(400).plusMinutes(i), now});
        }
        template.batchUpdate("""
                INSERT INTO notification (channel, notice_type, status, case_id, client_id, branch_id, recipient,
                       recipient_name, language_tag, subject, body_text, body_html, snapshot, created_at, created_by,
                       attempts, series_start, failed_at, last_error)
                VALUES ('EMAIL', 'WARNING', 'FAILED', ?, ?, 1, 'paging-test@example.com', '张三', 'zh-CN', '主题', '正文',
                        '<p>正文</p>', '{}', ?, 'test', 8, 0, ?, 'SMTP down')""",
                rows.stream().map(r -> new Object[] {r[0], r[1], r[3], r[2]}).toList());
        long oldest = jdbc.sql("SELECT id FROM notification WHERE case_id = ?").param(caseBase).query(Long.class).single();
        long branchFailed = jdbc.sql("""
                SELECT COUNT(*) FROM notification WHERE branch_id = 1 AND (failed_at IS NOT NULL
                   AND status IN ('FAILED', 'SUPERSEDED') OR status = 'PENDING' AND attempts > 0
                   AND next_attempt_at IS NOT NULL)""").query(Long.class).single();

        login("manager1");
        navigate("incidents");
        Grid<NoticeRecord> grid = _get(Grid.class, spec -> spec.withId("failed-notices"));

        assertThat(_size(grid)).as("every failed notice of the branch (and any being retried)").isEqualTo((int) branchFailed)
                .isGreaterThan(500);
        assertThat(_get(grid, _size(grid) - 1).id()).as("the oldest failure, last").isEqualTo(oldest);
        assertThat(_get(Span.class, spec -> spec.withId("failed-notice-count")).getText())
                .contains(String.valueOf(branchFailed));
    }

    /** A branch with nothing failed: each empty list says so once, with no count of nothing above it. */
    @Test
    @SuppressWarnings("unchecked")
    void anEmptyListSaysSoOnce() {
        jdbc.sql("DELETE FROM app_user WHERE username = 'incidents-mgr97'").update();
        jdbc.sql("DELETE FROM branch WHERE id = 97").update();
        jdbc.sql("INSERT INTO branch (id, code, name, city) VALUES (97, 'INC97', '空白营业部', '上海')").update();
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, display_name, role, branch_id, enabled, created_at)
                VALUES ('incidents-mgr97', '{noop}x', '空白经理', 'MANAGER', 97, TRUE, CURRENT_TIMESTAMP)""").update();

        login("incidents-mgr97");
        navigate("incidents");

        assertThat(_size(_get(Grid.class, spec -> spec.withId("failed-notices")))).isZero();
        assertThat(_size(_get(Grid.class, spec -> spec.withId("dead-letter-jobs")))).isZero();
        _assertNone(Span.class, spec -> spec.withId("failed-notice-count"));
        _assertNone(Span.class, spec -> spec.withId("dead-letter-job-count"));
    }
}
