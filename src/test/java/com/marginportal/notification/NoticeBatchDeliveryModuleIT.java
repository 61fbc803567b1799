package com.marginportal.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batched claims over shared SMTP sessions, on MariaDB + GreenMail: many notices go over a few sessions, each once
 * and under its own Message-ID; claims given back unsent (a stopping node) go out once, at once.
 */
class NoticeBatchDeliveryModuleIT extends NotificationModuleSupport {

    @Autowired
    private OutboxStore outbox;
    @Autowired
    private NoticeMailer mailer;
    @Autowired
    private NotificationProperties properties;
    @Autowired
    private AcknowledgementLinks links;
    @Autowired
    private SmtpStatus smtp;
    @Autowired
    private Clock appClock;

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void manyNoticesShareAFewSmtpSessionsAndEachGoesOutOnceUnderItsOwnMessageId() throws Exception {
        Map<String, Long> idByRecipient = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            String to = recipient();
            idByRecipient.put(to, notifications.enqueueRiskNotice(
                    request(NoticeType.MARGIN_CALL, unique(), null, to, null)));
        }
        int sessionsBefore = CountingSocketFactory.opened();

        assertThat(dispatcher.dispatchDue()).isGreaterThanOrEqualTo(60);

        // one session per sending thread at most (before: one per notice, 60)
        assertThat(CountingSocketFactory.opened() - sessionsBefore).isLessThanOrEqualTo(properties.senders());
        for (var e : idByRecipient.entrySet()) {
            assertThat(messagesTo(e.getKey())).as(e.getKey()).singleElement().satisfies(m -> assertThat(m.getMessageID())
                    .isEqualTo("<notice-" + e.getValue() + "@marginportal.local>"));
        }
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void claimsGivenBackUnsentAreDueAtOnceWithoutTheAttemptAndGoOutOnce() {
        String to = recipient();
        long id = notifications.enqueueRiskNotice(request(NoticeType.WARNING, unique(), null, to, null));
        List<OutboxStore.Outgoing> claimed = outbox.claim(List.of(id), "stopping-node", clock.instant());
        assertThat(claimed).extracting(OutboxStore.Outgoing::id).containsExactly(id);
        assertThat(outbox.claim(List.of(id), "second-claimant", clock.instant())).as("claimed once").isEmpty();

        assertThat(outbox.unclaim(List.of(id), "someone-else")).as("only the holder gives back").isZero();
        assertThat(outbox.unclaim(List.of(id), "stopping-node")).isOne();

        assertThat(dispatcher.dispatchDue()).isPositive();
        assertThat(messagesTo(to)).hasSize(1);
        assertThat(notifications.deliveryAttempts(id)).singleElement().satisfies(a -> {
            assertThat(a.attemptNo()).isOne();
            assertThat(a.delivered()).isTrue();
        });
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aDispatcherThatIsStoppingHandsNothingOverAndLeavesNoClaimBehind() {
        String to = recipient();
        long caseId = unique();
        long id = notifications.enqueueRiskNotice(request(NoticeType.WARNING, caseId, null, to, null));
        NoticeDispatcher stopping = new NoticeDispatcher(outbox, mailer, properties, links, smtp, appClock);
        try {
            stopping.stopHandingOver();
            assertThat(stopping.dispatchDue()).isZero();
        } finally {
            stopping.destroy();
        }
        assertThat(messagesTo(to)).isEmpty();
        assertThat(notifications.noticesForCase(caseId)).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NoticeStatus.PENDING);
            assertThat(n.attempts()).isZero();
        });

        dispatcher.dispatchDue();
        assertThat(messagesTo(to)).hasSize(1);
    }

    @Test
    void theMailerSendsWithTcpNoDelayUnlessASocketFactoryIsConfigured() {
        var plain = new org.springframework.mail.javamail.JavaMailSenderImpl();
        new NoticeMailer(plain, properties, appClock);
        assertThat(plain.getJavaMailProperties().get(NoDelaySocketFactory.PROPERTY)).isInstanceOf(NoDelaySocketFactory.class);

        var own = new org.springframework.mail.javamail.JavaMailSenderImpl();
        own.getJavaMailProperties().put("mail.smtp.socketFactory.class", "com.example.TheirFactory");
        new NoticeMailer(own, properties, appClock);
        assertThat(own.getJavaMailProperties()).doesNotContainKey(NoDelaySocketFactory.PROPERTY);
    }
}
