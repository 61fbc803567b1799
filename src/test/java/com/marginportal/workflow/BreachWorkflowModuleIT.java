package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.marginportal.notification.NoticeRecord;
import com.marginportal.notification.NoticeType;
import com.marginportal.risk.AccountSnapshot;
import com.marginportal.risk.BreachEscalated;
import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.support.SimulatedClock;
import com.marginportal.workflow.ContactForm.Channel;
import com.marginportal.workflow.ContactForm.Plan;

import jakarta.mail.internet.MimeMessage;

import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The paths of the marginBreach process, each to its resolution record. */
class BreachWorkflowModuleIT extends WorkflowModuleSupport {

    @org.springframework.beans.factory.annotation.Autowired
    private BreachProcesses processes;

    private static final ContactForm REACHED = new ContactForm(Channel.PHONE, true, Plan.TOP_UP_CASH,
            LocalDate.now().plusDays(1), "客户承诺明日追加保证金");
    private static final ContactForm NOT_REACHED = new ContactForm(Channel.PHONE, false, null, null, "无人接听");

    @Test
    void warningReachedThenToppedUp() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        Task contact = task(p.getId(), "contactClient");
        assertThat(contact.getAssignee()).isEqualTo(advisor);
        assertThat(taskService.getIdentityLinksForTask(contact.getId()))
                .anyMatch(l -> ("branch-" + branch.id() + "-advisors").equals(l.getGroupId()));
        assertThat(contact.getDueDate()).isAfter(new java.util.Date());

        as(advisor, () -> caseTasks.completeContact(contact.getId(), REACHED));
        assertThat(runtime.createExecutionQuery().processInstanceId(p.getId()).activityId("awaitRestoration").count())
                .isOne();

        account.topUp("20000");
        scan();
        awaitEnded(p.getId());

        assertThat(path(p.getId())).contains("sendRiskNotice", "contactClient", "recordContact", "awaitRestoration",
                "restored", "writeResolution", "sendResolutionNotice", "resolved").doesNotContain("managerDecision");
        ResolutionRecord record = resolution(caseId);
        assertThat(record.outcome()).isEqualTo(ResolutionOutcome.RESTORED_BY_TOP_UP);
        assertThat(record.decidedBy()).isNull();
        assertThat(record.ratioAtOpen()).isEqualByComparingTo("1.3571");
        assertThat(record.ratioAtEnd()).isEqualByComparingTo("1.6429");
        assertThat(record.contacts()).contains("TOP_UP_CASH", advisor, "客户承诺明日追加保证金");
        assertThat(record.history()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(CaseHistoryEntry.Kind.CONTACT_ATTEMPT);
            assertThat(e.actor()).isEqualTo(advisor);
        });
        assertThat(notices(caseId)).extracting(NoticeRecord::type)
                .containsExactly(NoticeType.WARNING, NoticeType.RESOLUTION);
        assertThat(record.noticeIds()).containsExactly(notices(caseId).get(0).id());
        assertThat(notices(caseId).get(0).recipient()).isEqualTo(account.email);
        assertThat(notices(caseId).get(1).textBody()).contains("客户追加担保物");

        List<MimeMessage> mails = mailsToClient();
        assertThat(mails).hasSize(2);
        assertThat(subject(mails.get(0))).startsWith("【两融风险提示】您的信用账户维持担保比例已低于警戒线");
        assertThat(text(mails.get(0))).contains("测试客户", "135.71%");
        assertThat(subject(mails.get(1))).isEqualTo("【风险处置结果通知】您的信用账户风险事项已处理完毕");
        assertThat(text(mails.get(1))).contains("客户追加担保物");
        assertThat(mailsToClient()).as("each notice is delivered once").hasSize(2);
    }

    @Test
    void marginCallRestoredByTheMarketBeforeTheDeadline() {
        ProcessInstance p = breachAt("8.90");
        long caseId = Long.parseLong(p.getBusinessKey());
        Task contact = task(p.getId(), "contactClient");
        assertThat(contact.getDueDate().toInstant()).as("a margin call is due within 2 hours")
                .isBetween(Instant.now().plus(110, ChronoUnit.MINUTES), Instant.now().plus(2, ChronoUnit.HOURS));
        as(advisor, () -> caseTasks.completeContact(contact.getId(), REACHED));
        Task followUp = task(p.getId(), "followUp");
        assertThat(followUp.getAssignee()).isEqualTo(advisor);
        assertThat(followUp.getDueDate()).isAfter(new java.util.Date());
        assertThat(management.createTimerJobQuery().processInstanceId(p.getId()).list())
                .anyMatch(j -> "deadlineReached".equals(j.getElementId()));

        account.price("10.00");
        scan();
        awaitEnded(p.getId());

        assertThat(path(p.getId())).contains("followUp", "restored", "writeResolution", "resolved")
                .doesNotContain("managerDecision");
        assertThat(resolution(caseId).outcome()).isEqualTo(ResolutionOutcome.RESTORED_BY_MARKET);
        assertThat(notices(caseId)).extracting(NoticeRecord::type)
                .containsExactly(NoticeType.MARGIN_CALL, NoticeType.RESOLUTION);
        List<MimeMessage> mails = mailsToClient();
        assertThat(mails).extracting(this::subject).satisfiesExactly(
                call -> assertThat(call).startsWith("【追加担保物通知】请于").contains("140.00%"),
                resolved -> assertThat(resolved).startsWith("【风险处置结果通知】"));
        assertThat(text(mails.get(1))).contains("市场价格回升");
    }

    @Test
    void marginCallDeadlinePassesAndTheManagerOrdersForcedLiquidation() {
        ProcessInstance p = breachAt("8.90");
        long caseId = Long.parseLong(p.getBusinessKey());
        as(advisor, () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(), REACHED));

        fireTimer(p.getId(), "deadlineReached");
        assertThat(task(p.getId(), "followUp")).as("the deadline interrupts the follow-up").isNull();
        Task decision = task(p.getId(), "managerDecision");
        assertThat(taskService.getIdentityLinksForTask(decision.getId()))
                .anyMatch(l -> ("branch-" + branch.id() + "-managers").equals(l.getGroupId()));

        as(manager, () -> caseTasks.decide(decision.getId(), ManagerDecision.liquidate("未按期补足")));
        awaitEnded(p.getId());

        assertThat(path(p.getId())).contains("followUp", "deadlineReached", "managerDecision", "recordDecision",
                "handOff", "caseDecided", "writeResolution", "sendResolutionNotice", "resolved");
        ResolutionRecord record = resolution(caseId);
        assertThat(record.outcome()).isEqualTo(ResolutionOutcome.FORCED_LIQUIDATION);
        assertThat(record.decidedBy()).isEqualTo(manager);
        assertThat(record.decidedByName()).as("the decider as people know them").isNotEqualTo(manager)
                .isEqualTo(jdbc.sql("SELECT display_name FROM app_user WHERE username = ?")
                        .param(manager).query(String.class).single());
        assertThat(jdbc.sql("SELECT shortfall FROM liquidation_handoff WHERE case_id = ?").param(caseId)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("9000.00");
        assertThat(jdbc.sql("SELECT account_id, decided_by, reason FROM liquidation_handoff WHERE case_id = ?")
                .param(caseId).query().singleRow())
                .containsEntry("account_id", account.accountId).containsEntry("decided_by", manager)
                .containsEntry("reason", "未按期补足");
        Instant handedOff = jdbc.sql("SELECT created_at FROM liquidation_handoff WHERE case_id = ?").param(caseId)
                .query(LocalDateTime.class).single().toInstant(ZoneOffset.UTC);
        Instant decided = jdbc.sql("SELECT decided_at FROM case_decision WHERE case_id = ?").param(caseId)
                .query(LocalDateTime.class).single().toInstant(ZoneOffset.UTC);
        assertThat(handedOff).as("UTC, after the decision").isAfterOrEqualTo(decided);
        assertThat(record.history()).filteredOn(e -> e.kind() == CaseHistoryEntry.Kind.HANDED_OFF)
                .singleElement().satisfies(e -> {
                    assertThat(e.at()).as("the record's history keeps milliseconds")
                            .isEqualTo(handedOff.truncatedTo(ChronoUnit.MILLIS));
                    assertThat(e.facts()).containsEntry("shortfall", "9000.00");
                });
    }

    /**
     * A decision asked for by a passed deadline is due from that deadline, not from when its timer ran: the deadlines
     * of one scan's margin calls are one close, and their decisions are due together however long the engine takes to
     * run thousands of timers (here: minutes late).
     */
    @Test
    void aDecisionAfterTheDeadlineIsDueFromTheDeadline() {
        ProcessInstance p = breachAt("8.90");
        as(advisor, () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(), REACHED));
        Instant deadline = ((java.util.Date) runtime.getVariable(p.getId(), "deadline")).toInstant();
        try {
            com.marginportal.support.SimulatedClock.freeze(deadline.plus(7, ChronoUnit.MINUTES).plusSeconds(13));
            fireTimer(p.getId(), "deadlineReached");

            Task decision = task(p.getId(), "managerDecision");
            assertThat(decision.getDueDate().toInstant()).as("30 minutes after the close that was the deadline")
                    .isEqualTo(deadline.plus(30, ChronoUnit.MINUTES));
            assertThat(java.time.Instant.ofEpochMilli(timerDue(p.getId(), "decisionOverdue")))
                    .isEqualTo(deadline.plus(30, ChronoUnit.MINUTES));
        } finally {
            com.marginportal.support.SimulatedClock.reset();
        }
    }

    /**
     * An escalation is due from the scan that found it, not from when its message arrived: on a crash day the message
     * waits minutes behind thousands of starts (here: 7 minutes), and one scan's escalations must be due together.
     */
    @Test
    void aLiquidationEscalatedLateIsDecidedFromItsScan() {
        ProcessInstance p = breachAt("8.90");
        Instant scanned = escalateSevenMinutesLate(p, BreachLevel.MARGIN_CALL, BreachLevel.LIQUIDATION);

        Instant due = scanned.plus(30, ChronoUnit.MINUTES);
        assertThat(task(p.getId(), "managerDecision").getDueDate().toInstant()).as("30 minutes after the scan")
                .isEqualTo(due);
        assertThat(Instant.ofEpochMilli(timerDue(p.getId(), "decisionOverdue"))).isEqualTo(due);
        assertThat(runtime.getVariable(p.getId(), "contactDue")).isEqualTo(java.util.Date.from(due));
        assertThat(runtime.hasVariable(p.getId(), "escalatedAt")).as("not kept").isFalse();
    }

    @Test
    void aMarginCallEscalatedLateIsContactedFromItsScan() {
        ProcessInstance p = breachAt("9.50");
        Instant scanned = escalateSevenMinutesLate(p, BreachLevel.WARNING, BreachLevel.MARGIN_CALL);

        assertThat(task(p.getId(), "contactClient").getDueDate().toInstant()).as("2 hours after the scan")
                .isEqualTo(scanned.plus(2, ChronoUnit.HOURS));
    }

    /**
     * A margin call's contact recorded after its deadline asks for the manager's decision at once: no follow-up task
     * until a deadline already gone (it would be born overdue), no more calls for a client not reached.
     */
    @Test
    void aContactRecordedAfterTheDeadlineAsksForTheDecisionAtOnce() {
        ProcessInstance p = breachAt("8.90");
        Instant deadline = ((java.util.Date) runtime.getVariable(p.getId(), "deadline")).toInstant();
        SimulatedClock.freeze(deadline.plus(2, ChronoUnit.HOURS));
        as(advisor, () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(), REACHED));
        awaitNoAsyncJobs(p.getId());

        assertThat(task(p.getId(), "managerDecision")).as("decided now").isNotNull();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(p.getId()).taskDefinitionKey("followUp")
                .count()).as("no follow-up until a deadline that is gone").isZero();
        assertThat(path(p.getId())).doesNotContain("followUp");
    }

    /**
     * On a margin call's deadline a manager decides, whether or not the advisor ever recorded a contact: the open
     * contact task is withdrawn and the decision is due from the deadline (docs/workflow.md).
     */
    @Test
    void aMarginCallNotContactedByItsDeadlineGoesToTheManagers() {
        ProcessInstance p = breachAt("8.90");
        Instant deadline = ((java.util.Date) runtime.getVariable(p.getId(), "deadline")).toInstant();
        SimulatedClock.freeze(deadline.plus(4, ChronoUnit.MINUTES));
        fireTimer(p.getId(), "contactDeadline");

        assertThat(task(p.getId(), "contactClient")).as("the contact task is withdrawn").isNull();
        Task decision = task(p.getId(), "managerDecision");
        assertThat(decision).as("the managers decide").isNotNull();
        assertThat(decision.getDueDate().toInstant()).as("30 minutes after the deadline")
                .isEqualTo(deadline.plus(30, ChronoUnit.MINUTES));
        assertThat(path(p.getId())).contains("contactDeadline", "deadlinePassed", "contactDeadlinePassed");
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(p.getId()).taskDefinitionKey("contactClient")
                .singleResult().getDeleteReason()).as("as the simulation finds it").contains("contactDeadlinePassed");
        assertThat(messages(Long.parseLong(p.getBusinessKey()))).as("the advisor whose task went away is told why")
                .contains("user:" + advisor + ":CONTACT_WITHDRAWN");
    }

    /** A warning has no top-up deadline: its contact task stays with the advisor when the date the timer holds comes. */
    @Test
    void aWarningKeepsItsContactTaskWhenTheDeadlineTimerComes() {
        ProcessInstance p = breachAt("9.50");
        String contact = task(p.getId(), "contactClient").getId();
        fireTimer(p.getId(), "contactDeadline");

        assertThat(task(p.getId(), "contactClient").getId()).as("the same task, still open").isEqualTo(contact);
        assertThat(task(p.getId(), "managerDecision")).isNull();
    }

    /**
     * A margin call's client not reached shortly before the deadline is not called again after it: the retry waits
     * until the deadline at most, and the decision follows it.
     */
    @Test
    void aRetryDoesNotWaitPastTheDeadline() {
        ProcessInstance p = breachAt("8.90");
        Instant deadline = ((java.util.Date) runtime.getVariable(p.getId(), "deadline")).toInstant();
        SimulatedClock.freeze(deadline.minus(10, ChronoUnit.MINUTES));
        String contact = task(p.getId(), "contactClient").getId();
        ContactOutlook outlook = as(advisor, () -> caseTasks.contactOutlook(contact));
        assertThat(outlook.retryAt()).as("the form states the same wait").isEqualTo(deadline);
        assertThat(outlook.next(false)).isEqualTo(ContactOutlook.Next.TO_MANAGER_AT_DEADLINE);
        as(advisor, () -> caseTasks.completeContact(contact, NOT_REACHED));

        assertThat(Instant.ofEpochMilli(timerDue(p.getId(), "retryWait"))).as("the deadline, not 30 minutes on")
                .isEqualTo(deadline);
    }

    /**
     * A warning that becomes a margin call days later gives the client the whole top-up period from the margin call:
     * the notice never states a deadline counted from the warning, shortened by the days in between or already past.
     */
    @Test
    void aMarginCallAfterAWarningCountsItsDeadlineFromTheMarginCall() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        Instant marginCallScan = calendars.calendar().deadline(Instant.now(), 3).toInstant().minus(5, ChronoUnit.HOURS);
        SimulatedClock.freeze(marginCallScan); // 10:00, three trading days after the warning
        account.price("8.90");
        scan();
        NoticeRecord marginCall = org.awaitility.Awaitility.await().atMost(ASYNC).until(() -> notices(caseId).stream()
                .filter(n -> n.type() == NoticeType.MARGIN_CALL).findFirst(), java.util.Optional::isPresent).get();

        Instant deadline = calendars.calendar().deadline(marginCallScan, 2).toInstant();
        assertThat(marginCall.textBody()).contains("追保期限：" + java.time.format.DateTimeFormatter
                .ofPattern("yyyy年M月d日 HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai")).format(deadline));
        awaitNoAsyncJobs(p.getId());
        assertThat(runtime.getVariable(p.getId(), "deadline")).as("the process follows the same deadline")
                .isEqualTo(java.util.Date.from(deadline));
    }

    @AfterEach
    void backToRealTime() {
        SimulatedClock.reset();
    }

    /**
     * Delivers the escalation of a scan at a whole minute on the case's deadline day, hours before its close, with the
     * clock (frozen) 7 minutes 13 seconds later; returns the scan's time.
     */
    private Instant escalateSevenMinutesLate(ProcessInstance p, BreachLevel from, BreachLevel to) {
        Instant scanned = ((java.util.Date) runtime.getVariable(p.getId(), "deadline")).toInstant()
                .minus(270, ChronoUnit.MINUTES);
        SimulatedClock.freeze(scanned.plus(7, ChronoUnit.MINUTES).plusSeconds(13));
        assertThat(processes.escalated(escalation(p, from, to, scanned))).as("taken").isTrue();
        return scanned;
    }

    /** The scan's event as the process gets it: the case, the new level, the case's lines and the scan's time. */
    private BreachEscalated escalation(ProcessInstance p, BreachLevel from, BreachLevel to, Instant scanned) {
        return new BreachEscalated(Long.parseLong(p.getBusinessKey()), account.accountId, account.clientId, from, to,
                new com.marginportal.risk.domain.RiskLines(new java.math.BigDecimal("1.40"), new java.math.BigDecimal("1.30"),
                        new java.math.BigDecimal("1.10"), new java.math.BigDecimal("1.40"), 2, null), new AccountSnapshot(account.accountId, account.clientId, scanned, 0, null, null, null, null, null,
                null, null, null, null, null));
    }

    @Test
    void oneExtensionThenRestored() {
        ProcessInstance p = breachAt("8.90");
        long caseId = Long.parseLong(p.getBusinessKey());
        Instant held = ((java.util.Date) runtime.getVariable(p.getId(), "deadline")).toInstant(); // the margin call's
        as(advisor, () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(), REACHED));
        fireTimer(p.getId(), "deadlineReached");

        String decision = task(p.getId(), "managerDecision").getId();
        assertThat(as(manager, () -> caseTasks.decisionSubject(decision)).heldDeadline())
                .as("the decision dialog names the deadline the margin call told").isEqualTo(held);
        Instant saturday = tradingDayIn(1).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY))
                .atTime(15, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        assertThatThrownBy(() -> as(manager, () -> caseTasks.decide(decision,
                ManagerDecision.extend(saturday, "客户资金在途")))).isInstanceOf(CaseActionException.class)
                .as("a deadline is the close of a trading day").hasMessageContaining("notTradingDay");
        assertThat(task(p.getId(), "managerDecision").getId()).as("nothing changed").isEqualTo(decision);
        Instant newDeadline = closeInTradingDays(3);
        as(manager, () -> caseTasks.decide(decision, ManagerDecision.extend(newDeadline, "客户资金在途")));
        Task followUp = task(p.getId(), "followUp");
        assertThat(followUp.getDueDate().toInstant()).isEqualTo(newDeadline);
        // the client is told the new deadline, with the figures and the demand as they stand (unchanged here)
        List<MimeMessage> told = mailsToClient();
        java.time.format.DateTimeFormatter market = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
                .withZone(java.time.ZoneId.of("Asia/Shanghai"));
        String shown = market.format(newDeadline) + "（北京时间）";
        assertThat(told).extracting(this::subject).satisfiesExactly(
                call -> assertThat(call).startsWith("【追加担保物通知】"),
                extension -> assertThat(extension).startsWith("【追保期限延长通知】追保期限延长至" + shown));
        assertThat(text(told.get(0))).as("the deadline the margin call told").contains("  追保期限：" + market.format(held));
        assertThat(text(told.get(1))).contains("追加担保物的期限由 " + market.format(held) + "（北京时间） 延长至 " + shown,
                        "  追保期限：" + shown)
                .contains(demandLine(text(told.get(0))), ratioLine(text(told.get(0))));
        assertThat(notices(caseId)).filteredOn(n -> n.type() == NoticeType.EXTENSION).extracting(NoticeRecord::kind)
                .as("an extension to staff as to the client").containsExactly("EXTENSION");
        long extensionNotice = notices(caseId).stream().filter(n -> n.type() == NoticeType.EXTENSION)
                .findFirst().orElseThrow().id();

        fireTimer(p.getId(), "deadlineReached");
        String second = task(p.getId(), "managerDecision").getId();
        assertThatThrownBy(() -> as(manager, () -> caseTasks.decide(second,
                ManagerDecision.extend(closeInTradingDays(4), "再次延期")))).isInstanceOf(CaseActionException.class)
                .as("refused in words, not as someone else's change").hasMessageContaining("extensionsUsed");
        assertThat(task(p.getId(), "managerDecision").getId()).as("a refused extension changes nothing")
                .isEqualTo(second);

        account.topUp("30000");
        scan();
        awaitEnded(p.getId());

        ResolutionRecord record = resolution(caseId);
        assertThat(record.outcome()).isEqualTo(ResolutionOutcome.EXTENSION_THEN_RESTORED);
        assertThat(record.extensions()).isOne();
        assertThat(notices(caseId)).extracting(NoticeRecord::type)
                .containsExactly(NoticeType.MARGIN_CALL, NoticeType.EXTENSION, NoticeType.RESOLUTION);
        assertThat(record.noticeIds()).as("the record lists what the client was told").contains(extensionNotice);
        assertThat(path(p.getId())).contains("managerDecision", "recordDecision", "followUp", "restored", "resolved");
    }

    @Test
    void aLiquidationBreachGoesStraightToTheManagerWhoMayCloseTheCase() {
        ProcessInstance p = breachAt("7.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        assertThat(task(p.getId(), "contactClient")).isNull();
        Task decision = task(p.getId(), "managerDecision");
        assertThat(decision.getDueDate().toInstant()).as("due 30 minutes on, in the whole minute shown")
                .isBetween(Instant.now().plus(20, ChronoUnit.MINUTES), Instant.now().plus(31, ChronoUnit.MINUTES));

        as(manager, () -> caseTasks.decide(decision.getId(), ManagerDecision.close("客户已当面处理，转人工跟进")));
        awaitEnded(p.getId());

        assertThat(path(p.getId())).contains("levelGateway", "managerDecision", "caseDecided", "resolved")
                .doesNotContain("contactClient", "handOff");
        ResolutionRecord record = resolution(caseId);
        assertThat(record.outcome()).isEqualTo(ResolutionOutcome.CLOSED_BY_MANAGER);
        assertThat(record.finalLevel()).isEqualTo("LIQUIDATION");
        assertThat(record.decidedBy()).isEqualTo(manager);
        assertThat(record.reason()).isEqualTo("客户已当面处理，转人工跟进");
        assertThat(notices(caseId)).extracting(NoticeRecord::type)
                .containsExactly(NoticeType.LIQUIDATION, NoticeType.RESOLUTION);
        assertThat(mailsToClient()).extracting(this::subject).satisfiesExactly(
                urgent -> assertThat(urgent).startsWith("【紧急·强制平仓风险通知】"),
                closed -> assertThat(closed).startsWith("【风险处置结果通知】"));
        // closed while still below the liquidation line: the client is told where the account stands
        assertThat(text(mailsToClient().get(1))).contains("已处理完毕", "已低于即时平仓线");
    }

    @Test
    void aForcedLiquidationWithoutAReasonIsRefusedAndChangesNothing() {
        ProcessInstance p = breachAt("7.50");
        String decision = task(p.getId(), "managerDecision").getId();
        assertThatThrownBy(() -> as(manager, () -> caseTasks.decide(decision,
                new ManagerDecision(ManagerDecision.Kind.FORCED_LIQUIDATION, null, "  "))))
                .as("an irreversible decision needs its reason").hasMessageContaining("reason");
        assertThat(task(p.getId(), "managerDecision").getId()).as("nothing changed").isEqualTo(decision);
        assertThat(runtime.getVariable(p.getId(), "decision")).isNull();
    }

    /**
     * An overdue decision: the managers who hold it are told first (their bell), the risk office only when it is
     * still open a further interval later. The timers stand on the engine's clock at decision due and at decision
     * due + portal.workflow.risk-office-escalation-after; each is fired when its time is made to have come.
     */
    @Test
    void anOverdueDecisionTellsTheBranchManagersFirstAndTheRiskOfficeLater() {
        ProcessInstance p = breachAt("7.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        Task decision = task(p.getId(), "managerDecision");
        long created = decision.getCreateTime().getTime();
        long due = decision.getDueDate().getTime();
        // counted from the scan that found it, a moment before the task
        assertThat(due).as("decision-due (30 minutes) later, in the whole minute the lists show")
                .isBetween(created + 29 * 60_000, created + 31 * 60_000).matches(t -> t % 60_000 == 0);
        long overdue = timerDue(p.getId(), "decisionOverdue");
        assertThat(overdue).as("told overdue at the due time shown").isEqualTo(due);
        assertThat(timerDue(p.getId(), "decisionStillOpen")).as("30 minutes after it became overdue")
                .isEqualTo(overdue + 30 * 60_000);

        fireTimer(p.getId(), "decisionOverdue");
        assertThat(messages(caseId)).as("the managers who hold the decision are told first")
                .containsExactly("branch-" + branch.id() + "-managers:DECISION_OVERDUE");
        assertThat(task(p.getId(), "decisionEscalation")).as("no risk office task yet").isNull();
        assertThat(as(manager, () -> inApp.mine())).as("the branch manager's bell")
                .anyMatch(m -> Long.valueOf(caseId).equals(m.caseId())
                        && m.kind() == com.marginportal.notification.InAppKind.DECISION_OVERDUE);
        assertThat(as(admin, () -> inApp.mine())).noneMatch(m -> Long.valueOf(caseId).equals(m.caseId()));

        fireTimer(p.getId(), "decisionStillOpen");
        Task escalation = task(p.getId(), "decisionEscalation");
        assertThat(taskService.getIdentityLinksForTask(escalation.getId()))
                .anyMatch(l -> "risk-office".equals(l.getGroupId()));
        assertThat(messages(caseId)).as("then the risk office")
                .containsExactly("branch-" + branch.id() + "-managers:DECISION_OVERDUE", "risk-office:DECISION_ESCALATED");
        assertThat(task(p.getId(), "managerDecision").getId()).as("the managers keep the decision")
                .isEqualTo(decision.getId());
    }

    @org.springframework.beans.factory.annotation.Autowired
    private com.marginportal.notification.InAppMessages inApp;

    /** The notice's line with the amount asked for. */
    private static String demandLine(String text) {
        return text.lines().filter(l -> l.contains("需追加担保物金额")).findFirst().orElseThrow();
    }

    /** The notice's line with the maintenance ratio among the account figures. */
    private static String ratioLine(String text) {
        return text.lines().filter(l -> l.strip().startsWith("维持担保比例：")).findFirst().orElseThrow();
    }

    private long timerDue(String processInstanceId, String activityId) {
        return management.createTimerJobQuery().processInstanceId(processInstanceId).list().stream()
                .filter(j -> activityId.equals(j.getElementId())).findFirst().orElseThrow().getDuedate().getTime();
    }

    private List<String> messages(long caseId) {
        return jdbc.sql("SELECT recipient, kind FROM in_app_message WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, i) -> rs.getString(1) + ":" + rs.getString(2)).list();
    }
}
