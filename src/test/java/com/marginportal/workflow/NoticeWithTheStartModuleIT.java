package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.marginportal.notification.MailLogFilter;
import com.marginportal.notification.NoticeRecord;
import com.marginportal.notification.NoticeStatus;
import com.marginportal.notification.NoticeType;
import com.marginportal.risk.BreachDetected;
import com.marginportal.support.TestSmtp;

import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The risk notice is written in the transaction that starts the process (a lane's batch of starts) or takes the
 * escalation, with the first task and no job in between. A notice that cannot be written (here: a client whose
 * e-mail address is not one, so its notice cannot be rendered) holds back neither the other cases of the batch nor
 * its own case's process and task: it is stored FAILED with its reason, listed for the branch's managers (Incidents,
 * mail log), and a manager's retry writes and sends it once the address is corrected.
 */
@RecordApplicationEvents
class NoticeWithTheStartModuleIT extends WorkflowModuleSupport {

    private static final String NOT_AN_ADDRESS = "not-an-address";

    @Autowired
    private BreachProcesses processes;
    @Autowired
    private NoticeRetries retries;
    @Autowired
    private ApplicationEvents events;
    @Autowired
    private CaseHistories histories;
    @Autowired
    private com.marginportal.service.ClientTimeline timeline;

    @Test
    void aStartWritesItsNoticeAndItsTaskInItsOwnTransaction() {
        account.price("9.50");
        scan(); // the start runs on the scan's thread in tests: when scan() returns, it committed
        long caseId = account.openCaseId();
        ProcessInstance p = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(caseId))
                .singleResult();

        assertThat(management.createJobQuery().processInstanceId(p.getId()).count()).as("no job before the task").isZero();
        assertThat(task(p.getId(), "contactClient")).isNotNull();
        assertThat(notices(caseId)).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NoticeType.WARNING);
            assertThat(n.status()).isEqualTo(NoticeStatus.PENDING);
        });
        assertThat(runtime.getVariable(p.getId(), ProcessVariables.NOTICE_IDS))
                .isEqualTo(Long.toString(notices(caseId).get(0).id()));
    }

    @Test
    void aNoticeThatCannotBeWrittenHoldsBackNeitherTheBatchNorItsOwnCase() {
        BreachFixture first = account;
        BreachFixture unwritable = anotherAccount();
        BreachFixture last = anotherAccount();
        email(unwritable, NOT_AN_ADDRESS);
        List<BreachDetected> batch = detectedWithoutStarting(first, unwritable, last);

        assertThat(processes.startAll(batch)).as("one batch, one transaction: every case started").isEqualTo(3);

        for (BreachDetected b : batch) { // no job to wait for: process, notice and task committed together
            ProcessInstance p = process(b.caseId());
            assertThat(task(p.getId(), "contactClient")).as("case %s has its contact task", b.caseId()).isNotNull();
            assertThat(management.createJobQuery().processInstanceId(p.getId()).count()).isZero();
        }
        long unwritableCase = batch.get(1).caseId();
        NoticeRecord failed = notices(unwritableCase).get(0);
        assertThat(failed.status()).isEqualTo(NoticeStatus.FAILED);
        assertThat(failed.written()).isFalse();
        assertThat(failed.lastError()).contains("not written").contains("recipientEmail");
        assertThat(failed.failedAt()).isNotNull();
        assertThat(failed.dedupKey()).isEqualTo("case-" + unwritableCase + "-WARNING");
        assertThat(runtime.getVariable(process(unwritableCase).getId(), ProcessVariables.NOTICE_IDS))
                .as("the case's record names the notice").isEqualTo(Long.toString(failed.id()));
        assertThat(as(manager, () -> notifications.undeliveredNotices(0, 500))).as("Incidents of the branch")
                .anyMatch(n -> n.id() == failed.id());
        assertThat(as(otherManager, () -> notifications.undeliveredNotices(0, 500))).noneMatch(n -> n.id() == failed.id());
        assertThat(as(manager, () -> notifications.mailLog(new MailLogFilter(NoticeStatus.FAILED, null, null, null),
                0, 500))).as("mail log").anyMatch(n -> n.id() == failed.id());

        TestSmtp.up();
        dispatcher.dispatchDue();
        assertThat(TestSmtp.messagesTo(first.email)).hasSize(1);
        assertThat(TestSmtp.messagesTo(last.email)).hasSize(1);
        assertThat(notices(unwritableCase).get(0).status()).as("never sent without content").isEqualTo(NoticeStatus.FAILED);

        assertThat(as(manager, () -> retries.retry(failed))).as("the address is still wrong").isFalse();
        assertThat(notices(unwritableCase).get(0).lastError()).contains("recipientEmail");
        assertThat(as(otherManager, () -> retries.retry(failed))).as("not the other manager's branch").isFalse();

        email(unwritable, unwritable.email);
        assertThat(as(manager, () -> retries.retry(failed))).isTrue();
        NoticeRecord rewritten = notices(unwritableCase).get(0);
        assertThat(rewritten.id()).as("in its place among the case's notices").isEqualTo(failed.id());
        assertThat(rewritten.status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(rewritten.written()).isTrue();
        dispatcher.dispatchDue();
        assertThat(TestSmtp.messagesTo(unwritable.email)).hasSize(1);
        assertThat(subject(TestSmtp.messagesTo(unwritable.email).get(0))).contains("风险提示");
        assertThat(notices(unwritableCase).get(0).status()).isEqualTo(NoticeStatus.SENT);
        assertThat(as(manager, () -> retries.retry(rewritten))).as("nothing left to retry").isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'NOTICE_REWRITE' AND entity_id = ?")
                .param(String.valueOf(failed.id())).query(Long.class).single()).isEqualTo(2);
    }

    /** The extension stands when its notice cannot be written; a manager's retry tells the client the deadline in force. */
    @Test
    void anExtensionWhoseNoticeCannotBeWrittenStandsAndIsToldOnRetry() {
        ProcessInstance p = breachAt("7.50"); // liquidation: straight to the manager
        long caseId = Long.parseLong(p.getBusinessKey());
        assertThat(mailsToClient()).hasSize(1);
        email(account, NOT_AN_ADDRESS);
        java.time.Instant deadline = closeInTradingDays(2);
        as(manager, () -> caseTasks.decide(task(p.getId(), "managerDecision").getId(),
                ManagerDecision.extend(deadline, "客户资金在途")));

        assertThat(task(p.getId(), "followUp")).as("the decision stands").isNotNull();
        NoticeRecord failed = notices(caseId).stream().filter(n -> n.type() == NoticeType.EXTENSION).findFirst()
                .orElseThrow();
        assertThat(failed.written()).isFalse();
        assertThat(failed.dedupKey()).isEqualTo("case-" + caseId + "-EXTENSION-1");

        email(account, account.email);
        assertThat(as(manager, () -> retries.retry(failed))).isTrue();
        List<jakarta.mail.internet.MimeMessage> told = mailsToClient();
        assertThat(told).hasSize(2);
        // the liquidation notice named no deadline: the decision sets one, it extends none
        assertThat(text(told.get(1))).contains("设定追加担保物的期限：" + java.time.format.DateTimeFormatter
                .ofPattern("yyyy年M月d日 HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai")).format(deadline))
                .doesNotContain("延长");
        assertThat(subject(told.get(1))).startsWith("【追保期限通知】");
        // and staff name it as the client got it: in the mail log, the history, the client's timeline
        assertThat(notices(caseId)).filteredOn(n -> n.type() == NoticeType.EXTENSION).extracting(NoticeRecord::kind)
                .containsExactly(com.marginportal.notification.NoticeKind.EXTENSION_SET);
        assertThat(histories.of(caseId, p.getId())).filteredOn(e -> e.kind() == CaseHistoryEntry.Kind.NOTICE_SENT
                        && "EXTENSION".equals(e.fact("noticeType")))
                .extracting(e -> e.fact("noticeKind")).containsExactly("EXTENSION_SET");
    }

    @Test
    void anEscalationWhoseNoticeCannotBeWrittenStillRestartsTheContactAndKeepsTheOrder() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        assertThat(mailsToClient()).hasSize(1);
        email(account, NOT_AN_ADDRESS);

        account.price("8.90");
        scan(); // the escalation runs on the scan's thread in tests

        assertThat(runtime.getVariable(p.getId(), ProcessVariables.LEVEL)).isEqualTo("MARGIN_CALL");
        assertThat(task(p.getId(), "contactClient")).as("the contact starts over at the new level").isNotNull();
        List<NoticeRecord> notices = notices(caseId);
        assertThat(notices).extracting(NoticeRecord::type).containsExactly(NoticeType.WARNING, NoticeType.MARGIN_CALL);
        assertThat(notices.get(0).status()).isEqualTo(NoticeStatus.SENT);
        assertThat(notices.get(1).status()).isEqualTo(NoticeStatus.FAILED);
        assertThat(notices.get(1).lastError()).contains("recipientEmail");

        email(account, account.email);
        assertThat(as(manager, () -> retries.retry(notices.get(1)))).isTrue();
        List<jakarta.mail.internet.MimeMessage> mails = mailsToClient();
        assertThat(mails).hasSize(2);
        assertThat(subject(mails.get(1))).contains("追加担保物通知");
        assertThat(text(mails.get(1))).as("the margin call states the process's deadline").isNotBlank();
        assertThat(notices(caseId)).extracting(NoticeRecord::status).containsOnly(NoticeStatus.SENT);
    }

    /**
     * The case history is a record of events: a notice that could not be written was never queued and never failed
     * to send; it says so with its reason each time, and "queued" only once a retry wrote it.
     */
    @Test
    void theCaseHistoryTellsANoticeThatCouldNotBeWrittenNotAQueuedOne() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        email(account, NOT_AN_ADDRESS);
        account.price("8.90");
        scan();
        NoticeRecord unwritten = notices(caseId).get(1);

        assertThat(marginCallHistory(caseId, p)).extracting(e -> e.kind().name()).containsExactly("NOTICE_NOT_WRITTEN");
        assertThat(marginCallHistory(caseId, p).get(0).fact("reason")).contains("recipientEmail");
        assertThat(as(manager, () -> timeline.forClient(account.clientId)).entries()).as("the client's timeline")
                .filteredOn(e -> e.summaryKey().equals("timeline.noticeNotWritten")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("recipientEmail"));

        assertThat(as(manager, () -> retries.retry(unwritten))).as("the address is still wrong").isFalse();
        assertThat(marginCallHistory(caseId, p)).extracting(e -> e.kind().name())
                .containsExactly("NOTICE_NOT_WRITTEN", "NOTICE_NOT_WRITTEN");

        email(account, account.email);
        assertThat(as(manager, () -> retries.retry(unwritten))).isTrue();
        assertThat(mailsToClient()).hasSize(2);
        List<CaseHistoryEntry> told = marginCallHistory(caseId, p);
        assertThat(told).extracting(e -> e.kind().name())
                .containsExactly("NOTICE_NOT_WRITTEN", "NOTICE_NOT_WRITTEN", "NOTICE_QUEUED", "NOTICE_SENT");
        assertThat(told.get(2).at()).as("queued when the retry wrote it").isAfterOrEqualTo(told.get(1).at());
        assertThat(told.get(0).fact("reason")).contains("recipientEmail");
    }

    private List<CaseHistoryEntry> marginCallHistory(long caseId, ProcessInstance p) {
        return histories.of(caseId, p.getId()).stream()
                .filter(e -> e.kind().name().startsWith("NOTICE_") && "MARGIN_CALL".equals(e.fact("noticeType")))
                .toList();
    }

    /** The cases are opened and their events recorded, but not started (the definition is suspended meanwhile). */
    private List<BreachDetected> detectedWithoutStarting(BreachFixture... accounts) {
        repository.suspendProcessDefinitionByKey(ProcessVariables.PROCESS_KEY);
        try {
            for (BreachFixture a : accounts) {
                a.price("9.50");
            }
            scan();
        } finally {
            repository.activateProcessDefinitionByKey(ProcessVariables.PROCESS_KEY);
        }
        return java.util.Arrays.stream(accounts).map(a -> {
            long caseId = a.openCaseId();
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(caseId)).count())
                    .isZero();
            return events.stream(BreachDetected.class).filter(e -> e.caseId() == caseId).findFirst().orElseThrow();
        }).toList();
    }

    private ProcessInstance process(long caseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(caseId)).singleResult();
    }

    private void email(BreachFixture a, String address) {
        jdbc.sql("UPDATE client SET email = ? WHERE id = ?").params(address, a.clientId).update();
    }
}
