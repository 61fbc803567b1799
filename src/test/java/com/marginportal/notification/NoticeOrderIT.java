package com.marginportal.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.marginportal.service.ClientTimeline;
import com.marginportal.service.TimelineEntry;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Per case, notices reach the client in the order the events happened (MariaDB + GreenMail). */
class NoticeOrderIT extends NotificationTestSupport {

    @Autowired
    private ReportNotices reports;
    @Autowired
    private ClientTimeline timeline;
    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void smtpBackUp() {
        smtpUp();
    }

    @Test
    @WithUserDetails("admin")
    void afterAnSmtpOutageTheLiquidationNoticeStillReachesTheClientBeforeTheResolution() {
        long caseId = unique();
        String to = recipient();
        smtpDown();
        long liquidation = enqueue(NoticeType.LIQUIDATION, caseId, to);
        dispatcher.dispatchDue(); // fails: back-off of one minute
        clock.advance(Duration.ofSeconds(30));
        long resolution = enqueue(NoticeType.RESOLUTION, caseId, to);

        smtpUp();
        dispatcher.dispatchDue();
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        clock.advance(Duration.ofMinutes(5));
        dispatcher.dispatchDue();

        assertThat(subjects(messagesTo(to))).as("what the client received, in order")
                .containsExactly(subject(caseId, liquidation), subject(caseId, resolution));
    }

    @Test
    @WithUserDetails("manager1")
    void theResolutionWaitsBehindTheLiquidationNoticeThroughBackOffAndFailureUntilItIsDelivered() {
        long caseId = unique();
        String to = recipient();
        smtpDown();
        long liquidation = enqueue(NoticeType.LIQUIDATION, caseId, to);
        dispatcher.dispatchDue();
        long resolution = enqueue(NoticeType.RESOLUTION, caseId, to);
        for (int attempt = 2; attempt <= 8; attempt++) {
            clock.advance(Duration.ofHours(3)); // beyond the longest back-off
            dispatcher.dispatchDue();
        }
        assertThat(notice(caseId, liquidation).status()).isEqualTo(NoticeStatus.FAILED);
        assertThat(notice(caseId, resolution).status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(notice(caseId, resolution).attempts()).as("never handed over while the liquidation notice waits")
                .isZero();
        assertThat(notice(caseId, resolution).waitingFor()).as("the log says what it waits for").isEqualTo(liquidation);
        assertThat(notice(caseId, liquidation).waitingFor()).isNull();

        smtpUp();
        dispatcher.dispatchDue();
        assertThat(messagesTo(to)).as("SMTP is back, but the liquidation notice has failed: the resolution waits")
                .isEmpty();
        assertThat(notifications.undeliveredNotices(0, 500)).extracting(NoticeRecord::id).contains(liquidation);

        assertThat(notifications.retry(liquidation)).isTrue();
        dispatcher.dispatchDue();

        assertThat(subjects(messagesTo(to))).containsExactly(subject(caseId, liquidation), subject(caseId, resolution));
        assertThat(notifications.noticesForCase(caseId)).extracting(NoticeRecord::status, NoticeRecord::waitingFor)
                .containsExactly(tuple(NoticeStatus.SENT, null), tuple(NoticeStatus.SENT, null));
    }

    @Test
    @WithUserDetails("admin")
    void aWarningStillInBackOffIsSupersededByTheLaterMarginCallWhichIsSentAtOnce() {
        long caseId = unique();
        long clientId = jdbc.sql("SELECT MIN(id) FROM client").query(Long.class).single(); // a timeline needs a client
        String to = recipient();
        smtpDown();
        long warning = enqueue(NoticeType.WARNING, caseId, clientId, to);
        dispatcher.dispatchDue();
        long marginCall = enqueue(NoticeType.MARGIN_CALL, caseId, clientId, to);
        smtpUp();
        Instant replacedAt = clock.advance(Duration.ofSeconds(10)); // the warning is due again only after a minute

        dispatcher.dispatchDue();
        clock.advance(Duration.ofHours(3));
        dispatcher.dispatchDue();

        assertThat(subjects(messagesTo(to))).containsExactly(subject(caseId, marginCall));
        NoticeRecord replaced = notice(caseId, warning);
        assertThat(replaced.status()).isEqualTo(NoticeStatus.SUPERSEDED);
        assertThat(replaced.replacedBy()).isEqualTo(new NoticeRecord.Replacement(marginCall, NoticeType.MARGIN_CALL,
                replacedAt));
        assertThat(replaced.nextAttemptAt()).isNull();
        assertThat(notifications.deliveryAttempts(warning)).as("its failed hand-over stays in the log")
                .singleElement().satisfies(a -> assertThat(a.delivered()).isFalse());
        assertThat(notifications.noticesForClient(clientId)).filteredOn(n -> n.id() == warning)
                .extracting(NoticeRecord::status).containsExactly(NoticeStatus.SUPERSEDED);
        assertThat(timeline.forClient(clientId).entries()).filteredOn(e -> e.summaryKey().equals("timeline.noticeSuperseded"))
                .extracting(TimelineEntry::args).contains(List.of(new TimelineEntry.Code("timeline.noticeType.WARNING"),
                        String.valueOf(marginCall), new TimelineEntry.Code("timeline.noticeType.MARGIN_CALL")));
    }

    @Test
    @WithUserDetails("manager1")
    void theResolutionSupersedesAFailedMarginCallWhichTheFailedListShowsAsReplaced() {
        long caseId = unique();
        String to = recipient();
        smtpDown();
        long marginCall = enqueue(NoticeType.MARGIN_CALL, caseId, to);
        for (int attempt = 1; attempt <= 8; attempt++) {
            dispatcher.dispatchDue();
            clock.advance(Duration.ofHours(3));
        }
        assertThat(notifications.undeliveredNotices(0, 500)).extracting(NoticeRecord::id).contains(marginCall);
        smtpUp();
        long resolution = enqueue(NoticeType.RESOLUTION, caseId, to);

        dispatcher.dispatchDue();

        assertThat(subjects(messagesTo(to))).containsExactly(subject(caseId, resolution));
        assertThat(notice(caseId, marginCall).status()).isEqualTo(NoticeStatus.SUPERSEDED);
        assertThat(notice(caseId, marginCall).replacedBy().noticeId()).isEqualTo(resolution);
        assertThat(notice(caseId, marginCall).failedAt()).as("when it failed stays recorded").isNotNull();
        assertThat(notifications.undeliveredNotices(0, 500)).as("the manager sees what became of the failure")
                .filteredOn(n -> n.id() == marginCall).singleElement().satisfies(n -> {
                    assertThat(n.status()).isEqualTo(NoticeStatus.SUPERSEDED);
                    assertThat(n.replacedBy().type()).isEqualTo(NoticeType.RESOLUTION);
                });
        assertThat(notifications.retry(marginCall)).as("nothing to retry: the resolution replaced it").isFalse();
        dispatcher.dispatchDue();
        assertThat(messagesTo(to)).hasSize(1);
    }

    @Test
    @WithUserDetails("admin")
    void aNoticeNeverTriedGoesOutInItsTurnBeforeTheLaterOnes() {
        long caseId = unique();
        String to = recipient();
        long warning = enqueue(NoticeType.WARNING, caseId, to);
        long marginCall = enqueue(NoticeType.MARGIN_CALL, caseId, to);
        long resolution = enqueue(NoticeType.RESOLUTION, caseId, to);

        dispatcher.dispatchDue();

        assertThat(subjects(messagesTo(to))).containsExactly(subject(caseId, warning), subject(caseId, marginCall),
                subject(caseId, resolution));
    }

    @Test
    @WithUserDetails("admin")
    void twoDispatchersAtOnceSendEveryCaseInOrderAndEachNoticeOnce() throws Exception {
        int cases = 12;
        List<long[]> sequences = new ArrayList<>(); // case id, warning, liquidation, resolution
        List<String> recipients = new ArrayList<>();
        smtpDown();
        for (int i = 0; i < cases; i++) {
            long caseId = unique();
            String to = recipient();
            recipients.add(to);
            sequences.add(new long[] {caseId, enqueue(NoticeType.WARNING, caseId, to), 0, 0});
            if (i == cases / 2) { // the first half's warnings fail once: late, due again in a minute
                dispatcher.dispatchDue();
            }
        }
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < cases; i++) {
            long[] c = sequences.get(i);
            c[2] = enqueue(NoticeType.LIQUIDATION, c[0], recipients.get(i));
            c[3] = enqueue(NoticeType.RESOLUTION, c[0], recipients.get(i));
        }
        smtpUp();

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    return dispatcher.dispatchDue();
                }));
            }
            for (Future<Integer> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            nodes.shutdownNow();
        }

        for (int i = 0; i < cases; i++) {
            long[] c = sequences.get(i);
            NoticeRecord warning = notice(c[0], c[1]);
            List<String> expected = new ArrayList<>();
            if (warning.attempts() == 1 && warning.status() == NoticeStatus.SUPERSEDED) { // late: replaced
                assertThat(warning.replacedBy().noticeId()).isEqualTo(c[2]);
            } else { // never tried, or claimed again before it could be replaced: sent first
                assertThat(warning.status()).isEqualTo(NoticeStatus.SENT);
                expected.add(warning.subject());
            }
            expected.add(subject(c[0], c[2]));
            expected.add(subject(c[0], c[3]));
            assertThat(subjects(messagesTo(recipients.get(i)))).as("case %d", c[0]).containsExactlyElementsOf(expected);
        }
        assertThat(sequences.subList(cases / 2 + 1, cases)).as("the warnings never tried were all sent")
                .allSatisfy(c -> assertThat(notice(c[0], c[1]).status()).isEqualTo(NoticeStatus.SENT));
    }

    @Test
    @WithUserDetails("admin")
    void aPeriodicReportIsNotHeldBackByAPendingNoticeOfTheClientsCase() {
        long clientId = unique();
        String to = recipient();
        smtpDown();
        long liquidation = enqueue(NoticeType.LIQUIDATION, clientId, to);
        dispatcher.dispatchDue();
        // refused for itself, not for the outage: it keeps its back-off when the server takes mail again
        jdbc.sql("UPDATE notification SET last_error = 'MailSendException: Failed messages: 452 mailbox full' WHERE id = ?")
                .param(liquidation).update();
        NoticeFigures f = NoticeRequests.FIGURES;
        long report = reports.enqueue(new PeriodicReportRequest(clientId, 1, to, "张三", null, "********1234", "李四",
                null, YearMonth.of(2026, 11), f.valuedAt(), f.maintenanceRatio(), null, null, null, f.totalAssets(),
                f.totalDebt(),
                f.cash(), 3, List.of()));
        smtpUp();

        dispatcher.dispatchDue();

        assertThat(notice(clientId, liquidation).status()).as("still in back-off").isEqualTo(NoticeStatus.PENDING);
        assertThat(notifications.noticesForClient(clientId)).filteredOn(n -> n.id() == report)
                .extracting(NoticeRecord::status).containsExactly(NoticeStatus.SENT);
        assertThat(messagesTo(to)).hasSize(1);
    }

    private long enqueue(NoticeType type, long caseId, String to) {
        return enqueue(type, caseId, caseId, to);
    }

    private long enqueue(NoticeType type, long caseId, long clientId, String to) {
        return notifications.enqueueRiskNotice(NoticeRequests.of(type, caseId, clientId, null, to,
                "case-" + caseId + "-" + type.name()));
    }

    private NoticeRecord notice(long caseId, long id) {
        return notifications.noticesForCase(caseId).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    private String subject(long caseId, long id) {
        return notice(caseId, id).subject();
    }

    private static List<String> subjects(List<MimeMessage> messages) {
        return messages.stream().map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
