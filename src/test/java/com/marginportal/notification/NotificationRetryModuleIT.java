package com.marginportal.notification;

import com.marginportal.UtcColumns;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** SMTP outages on MariaDB + GreenMail: back-off, delivery exactly once when SMTP returns, FAILED, retry, lost claims. */
class NotificationRetryModuleIT extends NotificationModuleSupport {

    @Autowired
    private UserDetailsService users;

    @AfterEach
    void smtpBackUp() {
        smtpUp();
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void whileSmtpIsDownTheNoticeWaitsWithBackoffAndIsDeliveredOnceWhenItReturns() {
        String to = recipient();
        long id = enqueue(to);
        smtpDown();

        Instant first = clock.instant();
        assertThat(dispatcher.dispatchDue()).isZero();
        NoticeRecord waiting = notice(id);
        assertThat(waiting.status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(waiting.attempts()).isOne();
        assertThat(waiting.lastAttemptAt()).isEqualTo(first);
        assertThat(waiting.lastError()).contains("MailSendException", "Connection refused");
        assertThat(waiting.nextAttemptAt()).isEqualTo(first.plus(Duration.ofMinutes(1)));
        assertThat(notifications.deliveryAttempts(id)).singleElement().satisfies(a -> {
            assertThat(a.delivered()).isFalse();
            assertThat(a.attemptedAt()).isEqualTo(first);
            assertThat(a.error()).contains("Connection refused");
        });

        clock.advance(Duration.ofSeconds(59));
        dispatcher.dispatchDue();
        assertThat(notice(id).attempts()).as("not due before the back-off").isOne();

        Instant second = clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatchDue();
        assertThat(notice(id).attempts()).isEqualTo(2);
        assertThat(notice(id).nextAttemptAt()).as("back-off doubles").isEqualTo(second.plus(Duration.ofMinutes(2)));

        smtpUp();
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertThat(messagesTo(to)).as("SMTP is back, but the notice is not due yet").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue()).isPositive();
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatchDue();

        assertThat(messagesTo(to)).hasSize(1);
        NoticeRecord sent = notice(id);
        assertThat(sent.status()).isEqualTo(NoticeStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(notifications.deliveryAttempts(id)).extracting(DeliveryAttempt::delivered).containsExactly(false, false, true);
    }

    /**
     * After an outage the notices that waited for the server go out as soon as it takes mail again, not after the
     * rest of their back-off (it doubles up to two hours): here the third attempt would have been 4 minutes later.
     * A notice the server refused on its own merits keeps its back-off.
     */
    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void whenTheServerTakesMailAgainTheNoticesThatWaitedForItGoAtOnce() {
        String first = recipient();
        String second = recipient();
        long a = enqueue(first);
        long b = enqueue(second);
        smtpDown();
        dispatcher.dispatchDue();
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertThat(notice(a).attempts()).isEqualTo(2);
        assertThat(notice(b).attempts()).isEqualTo(2);
        Instant refusedNext = clock.instant().plus(Duration.ofHours(1));
        String refusedTo = recipient();
        long refused = enqueue(refusedTo);
        jdbc.sql("""
                UPDATE notification SET attempts = 1, series_start = 0, next_attempt_at = ?, last_attempt_at = ?,
                       last_error = 'MailSendException: Failed messages: 452 mailbox full' WHERE id = ?""")
                .params(UtcColumns.utc(refusedNext), UtcColumns.utc(clock.instant()), refused).update();

        smtpUp();
        clock.advance(Duration.ofSeconds(30)); // the waiting ones are due in another 90 s
        String fresh = recipient();
        long news = enqueue(fresh);
        assertThat(dispatcher.dispatchDue()).as("the new notice and the two that waited, in one run")
                .isGreaterThanOrEqualTo(3);

        assertThat(messagesTo(fresh)).hasSize(1);
        assertThat(messagesTo(first)).hasSize(1);
        assertThat(messagesTo(second)).hasSize(1);
        assertThat(notice(a).status()).isEqualTo(NoticeStatus.SENT);
        assertThat(notice(b).attempts()).isEqualTo(3);
        assertThat(notice(news).status()).isEqualTo(NoticeStatus.SENT);
        assertThat(messagesTo(refusedTo)).as("refused by the server itself: its back-off holds").isEmpty();
        assertThat(notice(refused).nextAttemptAt()).isEqualTo(refusedNext);
    }

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void afterTheLastAttemptTheNoticeFailsAndItsManagerCanRetryIt() {
        String to = recipient();
        long id = enqueue(to);
        smtpDown();

        for (int attempt = 1; attempt <= 8; attempt++) {
            dispatcher.dispatchDue();
            assertThat(notice(id).attempts()).isEqualTo(attempt);
            clock.advance(Duration.ofHours(3)); // beyond the longest back-off
        }
        NoticeRecord failed = notice(id);
        assertThat(failed.status()).isEqualTo(NoticeStatus.FAILED);
        assertThat(failed.failedAt()).isNotNull();
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(notifications.deliveryAttempts(id)).hasSize(8).noneMatch(DeliveryAttempt::delivered);
        dispatcher.dispatchDue();
        assertThat(notice(id).attempts()).as("a failed notice is left alone").isEqualTo(8);

        assertThat(notifications.undeliveredNotices(0, 500)).extracting(NoticeRecord::id).contains(id);
        assertThat(as(OTHER_MANAGER, () -> notifications.undeliveredNotices(0, 500)))
                .as("one branch's notice is not another branch's business").extracting(NoticeRecord::id).doesNotContain(id);
        assertThat(as(OTHER_MANAGER, () -> notifications.retry(id))).isFalse();

        smtpUp();
        assertThat(notifications.retry(id)).isTrue();
        assertThat(notice(id).status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(notifications.undeliveredNotices(0, 500)).filteredOn(n -> n.id() == id)
                .as("still not received: listed as being retried, no longer as failed").singleElement()
                .satisfies(n -> assertThat(n.retrying()).isTrue());
        assertThat(notifications.retry(id)).as("only a failed notice can be retried").isFalse();

        dispatcher.dispatchDue();
        assertThat(messagesTo(to)).hasSize(1);
        assertThat(notice(id).status()).isEqualTo(NoticeStatus.SENT);
        assertThat(notice(id).attempts()).isEqualTo(9);
        assertThat(notifications.undeliveredNotices(0, 500)).extracting(NoticeRecord::id).doesNotContain(id);
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aClaimLeftByANodeThatStoppedMidSendIsReleasedAndSentOnce() {
        String to = recipient();
        long id = enqueue(to);
        jdbc.sql("UPDATE notification SET status = 'SENDING', claim_token = 'dead-node', claimed_at = ?, attempts = 1 WHERE id = ?")
                .params(UtcColumns.utc(clock.instant()), id).update();

        dispatcher.dispatchDue();
        assertThat(notice(id).status()).as("a fresh claim is respected").isEqualTo(NoticeStatus.SENDING);

        clock.advance(Duration.ofMinutes(11));
        dispatcher.dispatchDue();

        assertThat(messagesTo(to)).hasSize(1);
        NoticeRecord sent = notice(id);
        assertThat(sent.status()).isEqualTo(NoticeStatus.SENT);
        assertThat(sent.lastError()).contains("claim expired");
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(notifications.deliveryAttempts(id)).extracting(DeliveryAttempt::attemptNo, DeliveryAttempt::delivered)
                .containsExactly(tuple(1, false), tuple(2, true));
    }

    private long enqueue(String to) {
        return notifications.enqueueRiskNotice(request(NoticeType.MARGIN_CALL, unique(), null, to, null));
    }

    private NoticeRecord notice(long id) {
        return jdbc.sql("SELECT case_id FROM notification WHERE id = ?").param(id).query(Long.class).optional()
                .map(caseId -> notifications.noticesForCase(caseId).stream().filter(n -> n.id() == id).findFirst().orElseThrow())
                .orElseThrow();
    }

    /** Runs one call as another user, then restores the test's user. */
    private <T> T as(String username, java.util.function.Supplier<T> call) {
        SecurityContext saved = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext other = SecurityContextHolder.createEmptyContext();
        other.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(other);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }
}
