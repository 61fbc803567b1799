package com.marginportal.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Enqueue → dispatch → GreenMail on MariaDB: content, the delivery log, idempotency and concurrent dispatchers. */
class NotificationDeliveryModuleIT extends NotificationModuleSupport {

    @Autowired
    private TransactionTemplate tx;

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aMarginCallIsDeliveredOnceWithItsChineseSubjectAndText() throws Exception {
        long caseId = unique();
        String to = recipient();
        long id = notifications.enqueueRiskNotice(request(NoticeType.MARGIN_CALL, caseId, null, to, null));

        NoticeRecord queued = notifications.noticesForCase(caseId).get(0);
        assertThat(queued.id()).isEqualTo(id);
        assertThat(queued.status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(queued.channel()).isEqualTo(NoticeChannel.EMAIL);
        assertThat(queued.createdAt()).isEqualTo(clock.instant());
        assertThat(queued.createdBy()).isEqualTo(MANAGER);
        assertThat(queued.snapshotJson()).contains("\"maintenanceRatio\":1.2714", "\"topUpAmount\":125000.5",
                "\"topUpDeadline\":\"2026-11-27T15:00+08:00\"", "\"valuedAt\":\"2026-11-25T07:00:00Z\"");
        assertThat(messagesTo(to)).as("enqueueing never talks to SMTP").isEmpty();
        NoticeDemand demand = NoticeDemand.of(queued).orElseThrow(); // what the advisor's task shows beside the form
        assertThat(demand.topUpTarget()).isEqualByComparingTo("1.40");
        assertThat(demand.topUpAmount()).isEqualByComparingTo("125000.50");
        assertThat(demand.deadline()).isEqualTo(NoticeRequests.DEADLINE.toInstant());

        assertThat(dispatcher.dispatchDue()).isPositive();

        List<MimeMessage> received = messagesTo(to);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo(queued.subject())
                .isEqualTo("【追加担保物通知】请于2026年11月27日 15:00（北京时间）前将维持担保比例提高至140.00%以上"
                        + "——您的信用账户维持担保比例已低于追保线（当前 127.14%，追保线 130.00%）");
        InternetAddress recipient = (InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0];
        assertThat(recipient.getPersonal()).isEqualTo("张三");
        assertThat(mail.getHeader(NoticeMailer.NOTICE_ID_HEADER)).containsExactly(Long.toString(id));
        // the stored notice holds the placeholder where the mail has the client's personal link
        String text = part(mail, "text/plain");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("http://localhost:8080/ack/[A-Za-z0-9_.-]+").matcher(text);
        assertThat(link.find()).as("personal link in %s", text).isTrue();
        assertThat(queued.textBody()).contains(AcknowledgementLinks.MARKER).doesNotContain("/ack/");
        assertThat(text).isEqualTo(queued.textBody().replace(AcknowledgementLinks.MARKER, link.group()))
                .contains("维持担保比例为 127.14%", "需追加担保物金额（估算）：125,000.50 元", "追保期限：2026年11月27日 15:00", "强制平仓");
        assertThat(part(mail, "text/html")).isEqualTo(queued.htmlBody().replace(AcknowledgementLinks.MARKER, link.group()))
                .contains("追加担保物", "href=\"" + link.group() + "\"");

        NoticeRecord sent = notifications.noticesForClient(people().client()).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
        assertThat(sent.status()).isEqualTo(NoticeStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(clock.instant());
        assertThat(sent.attempts()).isOne();
        assertThat(sent.nextAttemptAt()).isNull();
        assertThat(notifications.deliveryAttempts(id)).singleElement()
                .satisfies(a -> assertThat(a.delivered()).isTrue());

        dispatcher.dispatchDue();
        assertThat(messagesTo(to)).as("sent means sent: never again").hasSize(1);
    }

    @Test
    @WithUserDetails(value = OTHER_MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theDeliveryLogShowsOnlyTheCallersBranch() {
        long caseId = unique();
        notifications.enqueueRiskNotice(request(NoticeType.WARNING, caseId, null, recipient(), null));
        assertThat(notifications.noticesForCase(caseId)).as("a notice of another branch").isEmpty();
        assertThat(notifications.noticesForClient(people().client())).noneMatch(n -> n.caseId() == caseId);
    }

    /**
     * Regression: an English margin call naming both lines crossed has a subject of ~350 characters; the column
     * held 300, the INSERT failed and the case got neither its notice nor its task (found by CrashDayBenchmark).
     */
    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anEnglishMarginCallNamingTwoCrossedLinesIsStoredAndSent() throws Exception {
        long caseId = unique();
        String to = recipient();
        NoticeFigures f = NoticeRequests.FIGURES;
        NoticeLines lines = new NoticeLines(new java.math.BigDecimal("1.40"), new java.math.BigDecimal("1.30"),
                new java.math.BigDecimal("1.10"), new java.math.BigDecimal("1.40"), new java.math.BigDecimal("0.60"));
        RiskNoticeRequest base = request(NoticeType.MARGIN_CALL, caseId, "en", to, null);
        RiskNoticeRequest twoLines = new RiskNoticeRequest(base.type(), base.caseId(), base.clientId(), base.branchId(),
                base.recipientEmail(), base.recipientName(), base.language(), base.maskedAccountNumber(), base.advisorName(),
                base.advisorPhone(), f, lines, List.of(
                        new NoticeCrossedLine(NoticeCrossedLine.Kind.MARGIN_CALL, f.maintenanceRatio(), lines.marginCall()),
                        new NoticeCrossedLine(NoticeCrossedLine.Kind.FINANCING_RATIO, f.financingRatio(), lines.financingRatio())),
                base.topUpAmount(), base.topUpDeadline(), null, null, null);

        notifications.enqueueRiskNotice(twoLines);
        dispatcher.dispatchDue();

        NoticeRecord stored = notifications.noticesForCase(caseId).get(0);
        assertThat(stored.subject()).hasSizeGreaterThan(300).contains("130.00%", "60.00%");
        assertThat(messagesTo(to)).singleElement().satisfies(m -> assertThat(m.getSubject()).isEqualTo(stored.subject()));
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theSameDedupKeyTwiceIsOneNotice() throws Exception {
        long caseId = unique();
        String key = "case-" + caseId + "-WARNING";
        RiskNoticeRequest request = request(NoticeType.WARNING, caseId, "en", recipient(), key);

        long first = notifications.enqueueRiskNotice(request);
        assertThat(notifications.enqueueRiskNotice(request)).isEqualTo(first);
        assertThat(race(2, () -> notifications.enqueueRiskNotice(request))).containsOnly(first);

        String otherKey = "case-" + caseId + "-RACE";
        RiskNoticeRequest raced = request(NoticeType.WARNING, caseId, "en", recipient(), otherKey);
        List<Long> racedIds = race(2, () -> notifications.enqueueRiskNotice(raced));
        assertThat(racedIds.get(0)).isEqualTo(racedIds.get(1));

        assertThat(notifications.noticesForCase(caseId)).extracting(NoticeRecord::dedupKey).containsExactly(key, otherKey);
        assertThat(notifications.noticesForCase(caseId).get(0).language()).isEqualTo("en");
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aNoticeEnqueuedInATransactionThatRollsBackDoesNotExist() {
        long caseId = unique();
        tx.executeWithoutResult(status -> {
            notifications.enqueueRiskNotice(request(NoticeType.WARNING, caseId, null, recipient(), null));
            status.setRollbackOnly();
        });

        assertThat(notifications.noticesForCase(caseId)).isEmpty();
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void twoDispatchersAtOnceSendEachNoticeOnce() throws Exception {
        List<Long> cases = new ArrayList<>(); // one notice per case: a case's notices go one after another
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long caseId = unique();
            String to = recipient();
            cases.add(caseId);
            recipients.add(to);
            notifications.enqueueRiskNotice(request(NoticeType.WARNING, caseId, null, to, null));
        }

        List<Long> sentByEach = race(2, () -> (long) dispatcher.dispatchDue());

        assertThat(sentByEach.stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(40);
        for (String to : recipients) {
            assertThat(messagesTo(to)).as(to).hasSize(1);
        }
        assertThat(cases).allSatisfy(caseId -> assertThat(notifications.noticesForCase(caseId)).singleElement()
                .satisfies(n -> {
                    assertThat(n.status()).isEqualTo(NoticeStatus.SENT);
                    assertThat(n.attempts()).isOne();
                }));
    }

    @Test
    void theDeliveryLogNeedsASignedInUser() {
        assertThatThrownBy(() -> notifications.noticesForCase(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails(value = ADVISOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void failedNoticesAreForManagers() {
        assertThatThrownBy(() -> notifications.undeliveredNotices(0, 500)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.retry(1)).isInstanceOf(AccessDeniedException.class);
    }

    /** Runs the task on n threads released at the same moment. */
    private static <T> List<T> race(int n, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
