package com.marginportal.notification;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 邮件发送记录: managers see their branch's notices, admins all; long-waiting notices are called out at once. */
class MailLogViewIT extends ViewTest {

    @Autowired
    private NotificationService notifications;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aManagerSeesTheBranchsNoticesAndAnAdminSeesEveryBranch() {
        long mine = notifications.enqueueRiskNotice(NoticeRequests.of(NoticeType.WARNING, 9101, 10000001L, "zh-CN",
                "log.one@example.com", "mail-log-test-1"));
        long other = notifications.enqueueRiskNotice(NoticeRequests.of(NoticeType.WARNING, 9102, 10000001L, "zh-CN",
                "log.two@example.com", "mail-log-test-2"));
        jdbc.sql("UPDATE notification SET branch_id = 2 WHERE id = ?").param(other).update();

        login("manager1");
        navigate("mail-log");
        assertThat(ids()).contains(mine).doesNotContain(other);

        login("admin");
        navigate("mail-log");
        assertThat(ids()).contains(mine, other);
    }

    @Test
    void aNoticeWaitingLongerThanFiveMinutesIsCalledOutToTheManager() {
        long late = notifications.enqueueRiskNotice(NoticeRequests.of(NoticeType.MARGIN_CALL, 9103, 10000001L, "zh-CN",
                "log.three@example.com", "mail-log-test-3"));
        jdbc.sql("UPDATE notification SET created_at = ? WHERE id = ?")
                .params(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(10), late).update();

        login("manager1");
        navigate("mail-log");
        Span waiting = _get(Span.class, spec -> spec.withId("mail-waiting"));
        assertThat(waiting.isVisible()).isTrue();
        assertThat(waiting.getText()).contains("已超过 5 分钟");
        assertThat(_get(waiting, Anchor.class, spec -> { }).getHref()).as("where they stand with their errors")
                .isEqualTo("incidents");
    }

    @Test
    void advisorsCannotOpenTheMailLog() {
        login("advisor1");
        // Karibu's rendering of Vaadin's access-denied navigation (the real app shows RouteNotFoundView)
        assertThatThrownBy(() -> navigate("mail-log")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void theNoticeDialogLabelsItsFactsInTheUsersLanguage() {
        long notice = notifications.enqueueRiskNotice(NoticeRequests.of(NoticeType.WARNING, 9104, 10000001L, "en",
                "log.four@example.com", "mail-log-test-4"));

        login("manager1");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("mail-log");
        Grid<NoticeRecord> grid = _get(Grid.class, spec -> spec.withId("mail-log"));
        _clickItem(grid, ids().indexOf(notice));

        List<String> facts = _find(_get(Dialog.class), Paragraph.class).stream().map(Paragraph::getText).toList();
        assertThat(facts.get(0)).startsWith("To: ");
        assertThat(facts).noneMatch(fact -> fact.contains("："));
    }

    /**
     * The stored notice holds a marker where the client's personal link goes (made at each hand-over); staff read
     * in its place what the client got there, and the button in the copy leads nowhere.
     */
    @Test
    void theNoticeDialogSaysWhereTheClientsPersonalLinkWentInsteadOfAMarker() {
        long notice = notifications.enqueueRiskNotice(NoticeRequests.of(NoticeType.MARGIN_CALL, 9107, 10000001L,
                "zh-CN", "log.seven@example.com", "mail-log-test-7"));

        login("manager1");
        navigate("mail-log");
        Grid<NoticeRecord> grid = _get(Grid.class, spec -> spec.withId("mail-log"));
        _clickItem(grid, ids().indexOf(notice));

        String shown = _get(com.vaadin.flow.component.html.IFrame.class, spec -> spec.withId("mail-body")).getSrcdoc()
                .orElseThrow();
        assertThat(shown).doesNotContain(AcknowledgementLinks.MARKER).contains("客户的个人确认链接")
                .contains("href=\"#\"");
    }

    /** A manager looks here for notices that did not go out: a failed one stands out in red, a sent one in green. */
    @Test
    @SuppressWarnings("unchecked")
    void aFailedNoticeStandsOutFromTheSentOnes() {
        long failed = notifications.enqueueRiskNotice(NoticeRequests.of(NoticeType.MARGIN_CALL, 9105, 10000001L, "en",
                "log.five@example.com", "mail-log-test-5"));
        long sent = notifications.enqueueRiskNotice(NoticeRequests.of(NoticeType.WARNING, 9106, 10000001L, "en",
                "log.six@example.com", "mail-log-test-6"));
        jdbc.sql("UPDATE notification SET status = 'FAILED', failed_at = CURRENT_TIMESTAMP WHERE id = ?").param(failed)
                .update();
        jdbc.sql("UPDATE notification SET status = 'SENT', sent_at = CURRENT_TIMESTAMP WHERE id = ?").param(sent).update();

        login("manager1");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("mail-log");
        Grid<NoticeRecord> grid = _get(Grid.class, spec -> spec.withId("mail-log"));
        Span failedState = (Span) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid,
                ids().indexOf(failed), "status");
        Span sentState = (Span) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid,
                ids().indexOf(sent), "status");
        assertThat(failedState.getText()).isEqualTo("Failed");
        assertThat(failedState.getElement().getThemeList()).contains("badge", "error");
        assertThat(sentState.getText()).isEqualTo("Sent");
        assertThat(sentState.getElement().getThemeList()).contains("badge", "success");
    }

    /** A notice the mail server refused and that waits for its next attempt does not read as if nothing happened. */
    @Test
    @SuppressWarnings("unchecked")
    void aNoticeWaitingToBeTriedAgainSaysSoAndWhen() {
        long retrying = notifications.enqueueRiskNotice(NoticeRequests.of(NoticeType.MARGIN_CALL, 9107, 10000001L, "zh-CN",
                "log.seven@example.com", "mail-log-test-7"));
        // the state whatever the dispatcher did meanwhile: two attempts refused, the next far ahead
        java.time.Instant next = java.time.Instant.parse("2030-01-02T01:34:00Z");
        jdbc.sql("""
                UPDATE notification SET status = 'PENDING', attempts = 2, next_attempt_at = ?, sent_at = NULL,
                       claimed_at = NULL, claim_token = NULL WHERE id = ?""")
                .params(java.time.LocalDateTime.ofInstant(next, java.time.ZoneOffset.UTC), retrying).update();

        login("manager1");
        navigate("mail-log");
        Grid<NoticeRecord> grid = _get(Grid.class, spec -> spec.withId("mail-log"));
        com.vaadin.flow.component.Component state = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid,
                ids().indexOf(retrying), "status");
        assertThat(state.getElement().getTextRecursively()).as("the badge, the next attempt under it")
                .isEqualTo("待重发（已失败 2 次）下次 2030-01-02 09:34");
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids() {
        Grid<NoticeRecord> grid = _get(Grid.class, spec -> spec.withId("mail-log"));
        return IntStream.range(0, Math.min(_size(grid), 200)).mapToObj(i -> _get(grid, i).id()).toList();
    }
}
