package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import com.marginportal.notification.InAppKind;
import com.marginportal.notification.InAppMessages;
import com.marginportal.workflow.ContactForm.Channel;
import com.marginportal.workflow.ContactForm.Plan;

import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The managers' board: the read model follows the process; filters, scope, and the actions with their refusals. */
class CaseBoardModuleIT extends WorkflowModuleSupport {

    private static final ContactForm REACHED = new ContactForm(Channel.PHONE, true, Plan.TOP_UP_CASH, null, "明日补足");

    @Autowired
    private CaseBoard board;
    @Autowired
    private CaseActions actions;
    @Autowired
    private DeadlineExtensions extensions;
    @Autowired
    private CaseFiles files;
    @Autowired
    private InAppMessages inApp;

    @Test
    void theBoardFollowsTheProcessAndIsScopedToTheManagersBranch() {
        ProcessInstance p = breachAt("9.50");
        long caseId = Long.parseLong(p.getBusinessKey());

        BoardRow row = as(manager, () -> board.row(caseId)).orElseThrow();
        assertThat(row.step()).isEqualTo("contactClient");
        assertThat(row.assignee()).isEqualTo(advisor);
        assertThat(row.dueAt()).isEqualTo(task(p.getId(), "contactClient").getDueDate().toInstant());
        assertThat(row.level()).isEqualTo("WARNING");
        assertThat(row.version()).isPositive();
        assertThat(as(manager, () -> board.sla(row))).isNotEqualTo(SlaState.OVERDUE);

        BoardFilter contacting = BoardFilter.DEFAULT.withStep("contactClient");
        assertThat(as(manager, () -> board.search(contacting, 0, 1000))).anyMatch(r -> r.caseId() == caseId);
        assertThat(as(manager, () -> board.countsByStep(BoardFilter.DEFAULT))).containsKey("contactClient");
        assertThat(as(manager, () -> board.search(BoardFilter.DEFAULT.withStep("followUp"), 0, 1000)))
                .noneMatch(r -> r.caseId() == caseId);
        BoardFilter overdue = new BoardFilter(null, null, null, null, SlaState.OVERDUE, null, null, null, 7);
        assertThat(as(manager, () -> board.search(overdue, 0, 1000))).noneMatch(r -> r.caseId() == caseId);
        BoardFilter marginCalls = new BoardFilter(null, null, "MARGIN_CALL", null, null, null, null, null, 7);
        assertThat(as(manager, () -> board.search(marginCalls, 0, 1000))).noneMatch(r -> r.caseId() == caseId);
        assertThat(as(otherManager, () -> board.row(caseId))).as("another branch").isEmpty();
        assertThat(as(admin, () -> board.row(caseId))).isPresent();
        assertThatThrownBy(() -> as(advisor, () -> board.search(BoardFilter.DEFAULT, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        CaseFile file = as(manager, () -> files.of(caseId)).orElseThrow();
        assertThat(file.activeElements()).contains("contactClient").doesNotContain("handleBreach");
        assertThat(file.completedElements()).contains("breachDetected", "sendRiskNotice");
        assertThat(file.bpmnXml()).contains("marginBreach");
        assertThat(file.facts().advisor()).isEqualTo(advisor);

        as(advisor, () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(), REACHED));
        assertThat(as(manager, () -> board.row(caseId)).orElseThrow().step()).isEqualTo("awaitRestoration");
        assertThat(as(manager, () -> board.row(caseId)).orElseThrow().lastContactAt()).isNotNull();
        account.topUp("20000");
        scan();
        awaitEnded(p.getId());
        BoardRow ended = as(manager, () -> board.row(caseId)).orElseThrow();
        assertThat(ended.step()).isEqualTo("resolved");
        assertThat(ended.isOpen()).isFalse();
        // the ended case's view: its steps and facts as the process left them, though Flowable kept no historic
        // activity instances and only the facts' variables of it (BreachHistorySettings)
        CaseFile endedFile = as(manager, () -> files.of(caseId)).orElseThrow();
        assertThat(endedFile.activeElements()).isEmpty();
        assertThat(endedFile.completedElements()).contains("breachDetected", "f_start", "sendRiskNotice", "contactClient",
                "recordContact", "awaitRestoration", "restored", "writeResolution", "sendResolutionNotice", "resolved");
        assertThat(endedFile.facts().advisor()).isEqualTo(advisor);
        assertThat(endedFile.facts().restored()).isTrue();
        assertThat(endedFile.facts().contactDue()).isNotNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(p.getId()).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(p.getId()).list())
                .extracting(org.flowable.variable.api.history.HistoricVariableInstance::getVariableName)
                .contains("advisor", "restored").doesNotContain("level", "noticeIds", "branchId");
        assertThat(as(manager, () -> board.search(BoardFilter.DEFAULT, 0, 10_000))).as("recently closed")
                .anyMatch(r -> r.caseId() == caseId);
        assertThat(as(manager, () -> board.search(BoardFilter.DEFAULT.openOnly(), 0, 10_000)))
                .noneMatch(r -> r.caseId() == caseId);
    }

    @Test
    void aManagerReassignsExtendsAndClosesWhatIsRefusedChangesNothing() {
        ProcessInstance p = breachAt("8.90");
        long caseId = Long.parseLong(p.getBusinessKey());

        assertThatThrownBy(() -> as(manager, () -> actions.reassign(caseId, advisorId(otherAdvisor))))
                .as("the other branch's advisor").isInstanceOf(CaseActionException.class);
        assertThat(task(p.getId(), "contactClient").getAssignee()).isEqualTo(advisor);
        assertThatThrownBy(() -> as(otherManager, () -> actions.reassign(caseId, advisorId(otherAdvisor))))
                .as("not the other manager's case").isInstanceOf(CaseActionException.class);
        assertThatThrownBy(() -> as(advisor, () -> actions.addNote(caseId, "x")))
                .isInstanceOf(AccessDeniedException.class);

        as(manager, () -> actions.reassign(caseId, advisorId(colleague)));
        assertThat(task(p.getId(), "contactClient").getAssignee()).isEqualTo(colleague);
        assertThat(as(manager, () -> board.row(caseId)).orElseThrow().assignee()).isEqualTo(colleague);
        as(manager, () -> actions.addNote(caseId, "客户在外地，改由 advisor2 跟进"));
        assertThat(as(manager, () -> files.of(caseId)).orElseThrow().notes()).singleElement()
                .satisfies(n -> assertThat(n.writtenBy()).isEqualTo(manager));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action IN ('CASE_REASSIGN', 'CASE_NOTE') AND entity_id = ?")
                .param(String.valueOf(caseId)).query(Long.class).single()).isEqualTo(2);

        Instant later = closeInTradingDays(4);
        java.time.LocalDate laterDay = tradingDayIn(4);
        as(colleague, () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(), REACHED));
        assertThat(task(p.getId(), "followUp").getAssignee()).as("later tasks go to the new advisor").isEqualTo(colleague);
        assertThatThrownBy(() -> as(manager, () -> extensions.extend(caseId, laterDay, " ")))
                .isInstanceOf(CaseActionException.class);
        Date held = (Date) runtime.getVariable(p.getId(), "deadline");
        assertThatThrownBy(() -> as(manager, () -> extensions.extend(caseId, tradingDayIn(1), "资金在途")))
                .as("the client holds a later deadline: an extension never shortens it")
                .isInstanceOfSatisfying(CaseActionException.class, e -> assertThat(e.reason()).isEqualTo("notLater"));
        assertThat(runtime.getVariable(p.getId(), "deadline")).isEqualTo(held);
        assertThat(as(admin, () -> notifications.noticesForCase(caseId)))
                .noneMatch(n -> n.type() == com.marginportal.notification.NoticeType.EXTENSION);
        as(manager, () -> extensions.extend(caseId, laterDay, "资金在途"));
        assertThat(task(p.getId(), "followUp").getDueDate().toInstant()).isEqualTo(later);
        assertThat(management.createTimerJobQuery().processInstanceId(p.getId()).singleResult().getDuedate())
                .isEqualTo(Date.from(later));
        assertThat(as(manager, () -> board.row(caseId)).orElseThrow().dueAt()).isEqualTo(later);
        assertThat(as(admin, () -> notifications.noticesForCase(caseId))).as("the client is told the new deadline")
                .filteredOn(n -> n.type() == com.marginportal.notification.NoticeType.EXTENSION).singleElement()
                .satisfies(n -> assertThat(n.textBody()).contains(java.time.format.DateTimeFormatter
                        .ofPattern("yyyy年M月d日 HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai")).format(later)));
        assertThat(jdbc.sql("SELECT details FROM audit_entry WHERE action = 'CASE_EXTEND' AND entity_id = ?")
                .param(String.valueOf(caseId)).query(String.class).single()).as("the new deadline in market time")
                .endsWith(" → " + laterDay + " 15:00 (资金在途)");
        assertThatThrownBy(() -> as(manager, () -> extensions.extend(caseId, tradingDayIn(5), "再延")))
                .as("one extension allowed").isInstanceOf(CaseActionException.class);

        assertThat(as(manager, () -> actions.remind(BoardFilter.DEFAULT.withStep("followUp")))).isPositive();
        assertThat(as(colleague, () -> inApp.mine())).anyMatch(m -> m.kind() == InAppKind.REMINDER && m.caseId() == caseId);

        as(manager, () -> actions.close(caseId, "客户已书面承诺，转人工跟进"));
        awaitEnded(p.getId());
        assertThat(path(p.getId())).contains("closedByManager", "writeResolution", "resolved").doesNotContain("managerDecision");
        ResolutionRecord record = resolution(caseId);
        assertThat(record.outcome()).isEqualTo(ResolutionOutcome.CLOSED_BY_MANAGER);
        assertThat(record.decidedBy()).isEqualTo(manager);
        assertThat(record.reason()).isEqualTo("客户已书面承诺，转人工跟进");
        assertThatThrownBy(() -> as(manager, () -> actions.close(caseId, "again")))
                .isInstanceOf(CaseActionException.class);
    }

    private long advisorId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }
}
