package com.marginportal.workflow;

import static com.marginportal.workflow.CaseHistoryEntry.Kind.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.marginportal.workflow.CaseHistoryEntry.Kind;
import com.marginportal.workflow.ContactForm.Channel;
import com.marginportal.workflow.ContactForm.Plan;

import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The resolution record's timeline is the case history up to the closing: on every path exactly the events of
 * the case, each with its time and actor; every record entry is an event of the case history and the reverse.
 */
class CaseHistoryModuleIT extends WorkflowModuleSupport {

    private static final ContactForm REACHED = new ContactForm(Channel.PHONE, true, Plan.TOP_UP_CASH,
            LocalDate.now().plusDays(1), "客户承诺明日追加保证金");

    @Autowired
    private CaseHistories histories;
    @Autowired
    private CaseActions actions;
    @Autowired
    private CaseFiles files;

    @Test
    void aCaseWarnedAndRestoredListsNoDecisionEscalationOrClosingByAManager() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        as(advisor, () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(), REACHED));
        account.topUp("20000");
        scan();
        awaitEnded(p.getId());

        String timeline = resolution(caseId).timeline();
        assertThat(timeline).as("steps that never happened").doesNotContain("closedByManager", "decisionOverdue",
                "\"escalated\"", "LEVEL_RAISED", "DECISION");
        ResolutionRecord record = recordMatchesHistory(p, caseId);
        assertThat(kinds(record)).containsExactlyInAnyOrder(CASE_OPENED, NOTICE_QUEUED, TASK_CREATED, CONTACT_ATTEMPT,
                RATIO_RESTORED, CLOSED);
        CaseHistoryEntry contact = entry(record, CONTACT_ATTEMPT);
        assertThat(contact.actor()).isEqualTo(advisor);
        assertThat(contact.actorName()).isEqualTo(displayName(advisor)).isNotEqualTo(advisor);
        assertThat(contact.facts()).containsEntry("reached", "true").containsEntry("plan", "TOP_UP_CASH");
        assertThat(entry(record, TASK_CREATED).facts()).containsEntry("task", "contactClient")
                .containsEntry("assignee", advisor);
        assertThat(entry(record, CASE_OPENED).bySystem()).isTrue();
        assertThat(entry(record, CLOSED).facts()).containsEntry("outcome", "RESTORED_BY_TOP_UP");
        assertThat(entry(record, CLOSED).at()).isEqualTo(record.resolvedAt());
    }

    /** A case on the financing ratio: its restoration names that ratio back under its line, as its opening named it. */
    @Test
    void aFinancingRatioCaseRestoredNamesTheFinancingRatio() {
        account.highRisk();
        ProcessInstance p = breachAt("11.20"); // maintenance 160%: above every line; financing 62.50% above its 60%
        long caseId = Long.parseLong(p.getBusinessKey());
        account.price("14.00"); // financing 50%
        scan();
        awaitEnded(p.getId());

        ResolutionRecord record = recordMatchesHistory(p, caseId);
        assertThat(new java.math.BigDecimal(entry(record, CASE_OPENED).facts().get("financingRatio")))
                .isEqualByComparingTo("0.625");
        assertThat(entry(record, RATIO_RESTORED).facts()).as("the restored figure that mattered")
                .containsKey("financingRatio");
        assertThat(new java.math.BigDecimal(entry(record, RATIO_RESTORED).facts().get("financingRatio")))
                .isEqualByComparingTo("0.5");
    }

    /** The case: a liquidation the manager decided lists no restoration, escalation or closing by a manager. */
    @Test
    void aForcedLiquidationListsNoRestorationEscalationOverdueDecisionOrClosingByAManager() {
        ProcessInstance p = breachAt("7.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        as(manager, () -> caseTasks.decide(task(p.getId(), "managerDecision").getId(),
                ManagerDecision.liquidate("客户无法追加担保物")));
        awaitEnded(p.getId());

        String timeline = resolution(caseId).timeline();
        assertThat(timeline).as("steps that never happened").doesNotContain("closedByManager", "decisionOverdue",
                "\"restored\"", "\"escalated\"", "RATIO_RESTORED", "LEVEL_RAISED");
        ResolutionRecord record = recordMatchesHistory(p, caseId);
        assertThat(kinds(record)).containsExactlyInAnyOrder(CASE_OPENED, NOTICE_QUEUED, TASK_CREATED, DECISION,
                HANDED_OFF, CLOSED);
        CaseHistoryEntry decision = entry(record, DECISION);
        assertThat(decision.actor()).isEqualTo(manager);
        assertThat(decision.actorName()).isEqualTo(displayName(manager));
        assertThat(decision.facts()).containsEntry("decision", "FORCED_LIQUIDATION")
                .containsEntry("reason", "客户无法追加担保物");
        assertThat(entry(record, TASK_CREATED).facts()).containsEntry("task", "managerDecision")
                .containsEntry("group", "branch-" + branch.id() + "-managers").as("the group's branch by name, not by number")
                .containsEntry("branchName", jdbc.sql("SELECT name FROM branch WHERE id = ?").param(branch.id()).query(String.class).single());
        assertThat(record.decidedBy()).isEqualTo(manager);
        assertThat(record.decidedByName()).isEqualTo(displayName(manager));
        assertThat(record.decider()).isEqualTo(displayName(manager));
        assertThat(as(manager, () -> files.of(caseId)).orElseThrow().history())
                .as("the board's case view reads the same history").containsAll(record.history());
    }

    @Test
    void anExtensionThenRestoredListsTheExtensionWithItsDeciderAndNewDeadline() {
        ProcessInstance p = breachAt("8.90");
        long caseId = Long.parseLong(p.getBusinessKey());
        as(advisor, () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(), REACHED));
        fireTimer(p.getId(), "deadlineReached");
        Instant newDeadline = closeInTradingDays(3);
        as(manager, () -> caseTasks.decide(task(p.getId(), "managerDecision").getId(),
                ManagerDecision.extend(newDeadline, "客户资金在途")));
        account.topUp("30000");
        scan();
        awaitEnded(p.getId());

        ResolutionRecord record = recordMatchesHistory(p, caseId);
        assertThat(record.outcome()).isEqualTo(ResolutionOutcome.EXTENSION_THEN_RESTORED);
        assertThat(kinds(record)).containsExactlyInAnyOrder(CASE_OPENED, NOTICE_QUEUED, TASK_CREATED, CONTACT_ATTEMPT,
                TASK_CREATED, TASK_CANCELLED, TASK_CREATED, DECISION, NOTICE_QUEUED, TASK_CREATED, RATIO_RESTORED,
                TASK_CANCELLED, CLOSED);
        assertThat(record.history()).as("the client told the new deadline").filteredOn(e -> e.kind() == NOTICE_QUEUED)
                .extracting(e -> e.fact("noticeType")).containsExactly("MARGIN_CALL", "EXTENSION");
        assertThat(entry(record, DECISION).facts()).containsEntry("decision", "EXTENSION")
                .containsEntry("reason", "客户资金在途").containsEntry("newDeadline", newDeadline.toString());
        assertThat(record.history()).filteredOn(e -> e.kind() == TASK_CANCELLED)
                .allSatisfy(e -> assertThat(e.facts()).containsEntry("task", "followUp"));
    }

    @Test
    void aCaseClosedByTheManagerFromTheBoardListsTheDecisionAndTheCancelledContact() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        as(manager, () -> actions.close(caseId, "客户已当面处理"));
        awaitEnded(p.getId());

        ResolutionRecord record = recordMatchesHistory(p, caseId);
        assertThat(record.outcome()).isEqualTo(ResolutionOutcome.CLOSED_BY_MANAGER);
        assertThat(kinds(record)).containsExactlyInAnyOrder(CASE_OPENED, NOTICE_QUEUED, TASK_CREATED, DECISION,
                TASK_CANCELLED, CLOSED);
        assertThat(entry(record, DECISION).facts()).containsEntry("decision", "CLOSE").containsEntry("reason", "客户已当面处理");
        assertThat(entry(record, DECISION).actorName()).isEqualTo(displayName(manager));
        assertThat(record.decidedByName()).isEqualTo(displayName(manager));
    }

    @Test
    void aCaseEscalatedInPlaceListsTheLevelRaisedAndBothNotices() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());
        account.price("8.90");
        scan();
        awaitNoAsyncJobs(p.getId());
        account.price("10.00");
        scan();
        awaitEnded(p.getId());

        ResolutionRecord record = recordMatchesHistory(p, caseId);
        assertThat(kinds(record)).containsExactlyInAnyOrder(CASE_OPENED, NOTICE_QUEUED, TASK_CREATED, LEVEL_RAISED,
                TASK_CANCELLED, NOTICE_QUEUED, TASK_CREATED, RATIO_RESTORED, TASK_CANCELLED, CLOSED);
        assertThat(entry(record, LEVEL_RAISED).facts()).containsEntry("level", "MARGIN_CALL");
        assertThat(record.history()).filteredOn(e -> e.kind() == NOTICE_QUEUED).extracting(e -> e.fact("noticeType"))
                .containsExactly("WARNING", "MARGIN_CALL");
    }

    /** Every record entry is an event of the case history and the reverse (up to the closing). */
    private ResolutionRecord recordMatchesHistory(ProcessInstance p, long caseId) {
        ResolutionRecord record = resolution(caseId);
        List<CaseHistoryEntry> live = histories.of(caseId, p.getId()).stream()
                .filter(e -> !e.at().isAfter(record.resolvedAt()))
                .filter(e -> !"RESOLUTION".equals(e.fact("noticeType")))
                .toList();
        assertThat(record.history()).as("the record's timeline is the case history").isNotEmpty()
                .containsExactlyElementsOf(live);
        assertThat(record.history()).allSatisfy(e -> {
            assertThat(e.at()).isBetween(record.openedAt().minusSeconds(60), record.resolvedAt());
            assertThat(e.actor()).isNotBlank();
        });
        return record;
    }

    private static List<Kind> kinds(ResolutionRecord record) {
        return record.history().stream().map(CaseHistoryEntry::kind).toList();
    }

    private static CaseHistoryEntry entry(ResolutionRecord record, Kind kind) {
        return record.history().stream().filter(e -> e.kind() == kind).findFirst().orElse(null);
    }

    private String displayName(String username) {
        return jdbc.sql("SELECT display_name FROM app_user WHERE username = ?").param(username).query(String.class)
                .single();
    }
}
