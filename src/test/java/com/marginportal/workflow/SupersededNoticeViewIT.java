package com.marginportal.workflow;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

import com.marginportal.notification.NoticeRecord;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The incident list shows a failed notice that a later notice of its case replaced, and offers no retry for it. */
class SupersededNoticeViewIT extends ViewTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aFailedNoticeReplacedByTheResolutionIsListedAsSuchWithoutRetry() {
        long caseId = 70_000_000L + System.nanoTime() % 1_000_000;
        long resolution = insert(caseId, "RESOLUTION", "SENT", null, null);
        long marginCall = insert(caseId, "MARGIN_CALL", "SUPERSEDED", resolution, LocalDateTime.now(ZoneOffset.UTC));
        long failed = insert(caseId + 1, "LIQUIDATION", "FAILED", null, LocalDateTime.now(ZoneOffset.UTC));

        login("manager1");
        navigate("incidents");
        Grid<NoticeRecord> grid = _get(Grid.class, spec -> spec.withId("failed-notices"));

        int replacedRow = row(grid, marginCall);
        assertThat(_getFormatted(grid, replacedRow, "status")).isEqualTo("已被后续的结案通知（#" + resolution + "）取代，未发送");
        assertThat(_getCellComponent(grid, replacedRow, "retry")).isNotInstanceOf(Button.class);
        int failedRow = row(grid, failed);
        assertThat(_getFormatted(grid, failedRow, "status")).isEqualTo("发送失败");
        assertThat(_getCellComponent(grid, failedRow, "retry")).isInstanceOf(Button.class);
    }

    private static int row(Grid<NoticeRecord> grid, long id) {
        return IntStream.range(0, _size(grid)).filter(i -> _get(grid, i).id() == id).findFirst().orElseThrow();
    }

    private long insert(long caseId, String type, String status, Long supersededBy, LocalDateTime failedAt) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO notification (channel, notice_type, status, case_id, client_id, branch_id, recipient,
                       recipient_name, language_tag, subject, body_text, body_html, snapshot, created_at, created_by,
                       attempts, series_start, failed_at, superseded_by, superseded_at)
                VALUES ('EMAIL', ?, ?, ?, ?, 1, 'view-test@example.com', '张三', 'zh-CN', '主题', '正文', '<p>正文</p>',
                        '{}', ?, 'test', 8, 0, ?, ?, ?)""")
                .params(type, status, caseId, caseId, now, failedAt, supersededBy, supersededBy == null ? null : now)
                .update();
        return jdbc.sql("SELECT MAX(id) FROM notification WHERE case_id = ?").param(caseId).query(Long.class).single();
    }
}
