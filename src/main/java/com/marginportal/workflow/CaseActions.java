package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.marginportal.security.AuditText;
import com.marginportal.security.PlainText;
import com.marginportal.notification.InAppKind;
import com.marginportal.notification.InAppMessages;
import com.marginportal.security.AuditLog;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.Role;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's actions on a case from the board: reassign the advisor's task, add a note, close with a reason; and
 * the bulk forms over a filtered board (extensions: {@link DeadlineExtensions}). Each checks that the case is in
 * the caller's scope, changes nothing when refused, and is audited.
 * JdbcClient, not JPA: notes are append-only inserts.
 */
@Service
public class CaseActions {

    private final CaseBoard board;
    private final RuntimeService runtime;
    private final UserDirectory users;
    private final InAppMessages messages;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final CaseDueDates dueDates;
    private final JdbcClient jdbc;
    private final CaseProcessStore links;
    private final CaseDecisionStore decisions;
    private final CaseHolders holders;

    CaseActions(CaseHolders holders, CaseDecisionStore decisions, CaseBoard board, RuntimeService runtime,
                UserDirectory users, InAppMessages messages, AuditLog audit, CurrentUser currentUser,
                CaseDueDates dueDates, JdbcClient jdbc, CaseProcessStore links) {
        this.holders = holders;
        this.links = links;
        this.decisions = decisions;
        this.board = board;
        this.runtime = runtime;
        this.users = users;
        this.messages = messages;
        this.audit = audit;
        this.currentUser = currentUser;
        this.dueDates = dueDates;
        this.jdbc = jdbc;
    }

    /**
     * Gives the case to another active advisor of the case's branch: the case in every list, its advisor task and the
     * ones to come ({@link CaseHolders}); it then stays with her when the client moves, unless she is the client's
     * advisor.
     */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional
    public void reassign(long caseId, long advisorId) {
        BoardRow row = openCase(caseId);
        UserAccount advisor = users.user(advisorId)
                .filter(u -> u.enabled() && u.role() == Role.ADVISOR && Long.valueOf(row.branchId()).equals(u.branchId()))
                .orElseThrow(() -> new CaseActionException("notAdvisorOfBranch", advisorId, row.branchId()));
        holders.give(caseId, advisor.id(), advisor.username(), currentUser.require().username());
        audit.record("CASE_REASSIGN", "RISK_CASE", String.valueOf(caseId),
                (row.assignee() == null ? "-" : row.assignee()) + " → " + advisor.username());
    }

    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional
    public void addNote(long caseId, String note) {
        board.row(caseId).orElseThrow(() -> new CaseActionException("notOnBoard", caseId));
        if (note == null || note.isBlank() || note.strip().length() > 1000) {
            throw new CaseActionException("noteLength");
        }
        PlainText.requireMultiLine("note", note);
        jdbc.sql("INSERT INTO case_note (case_id, note, written_by, written_at) VALUES (?, ?, ?, ?)")
                .params(caseId, note.strip(), currentUser.require().username(),
                        LocalDateTime.ofInstant(dueDates.now(), ZoneOffset.UTC)).update();
        audit.record("CASE_NOTE", "RISK_CASE", String.valueOf(caseId), note.strip());
    }

    /** Ends the case's handling; its resolution record says closed by this manager, with the reason. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional
    public void close(long caseId, String reason) {
        openCase(caseId);
        BoardReasons.require(reason);
        Execution waiting = runtime.createExecutionQuery().processInstanceId(processId(caseId))
                .messageEventSubscriptionName(MESSAGE_CLOSED).singleResult();
        if (waiting == null) {
            throw new CaseActionException("alreadyResolving", caseId);
        }
        Map<String, Object> v = new HashMap<>();
        v.put(DECISION, ManagerDecision.Kind.CLOSE.name());
        v.put(DECISION_REASON, reason.strip());
        v.put(DECIDED_BY, currentUser.require().username());
        decisions.insert(caseId, ManagerDecision.Kind.CLOSE, reason.strip(), null, null,
                currentUser.require().username(), dueDates.now());
        runtime.messageEventReceived(MESSAGE_CLOSED, waiting.getId(), v);
        audit.record("CASE_CLOSE", "RISK_CASE", String.valueOf(caseId), reason.strip());
    }

    /** Reassigns every open case of the filter whose advisor task can move; returns how many moved. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional
    public int reassignAll(BoardFilter filter, long advisorId) {
        int moved = 0;
        for (BoardRow row : openRows(filter)) {
            if (CaseHolders.ADVISOR_TASKS.contains(row.step())) {
                reassign(row.caseId(), advisorId);
                moved++;
            }
        }
        audit.record("CASE_REASSIGN_BULK", "RISK_CASE", "-", AuditText.of("casesReassigned", moved, advisorId));
        return moved;
    }

    /** An in-app reminder to the holder of each open task of the filter; returns how many were sent. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional
    public int remind(BoardFilter filter) {
        int sent = 0;
        String stamp = Long.toString(dueDates.now().toEpochMilli());
        for (BoardRow row : openRows(filter)) {
            if (row.assignee() != null) {
                messages.post("user:" + row.assignee(), InAppKind.REMINDER, row.caseId(), row.clientId(), null,
                        "reminder-" + row.caseId() + "-" + stamp);
                sent++;
            }
        }
        audit.record("CASE_REMIND_BULK", "RISK_CASE", "-", AuditText.of("remindersSent", sent));
        return sent;
    }

    private List<BoardRow> openRows(BoardFilter filter) {
        return board.search(filter, 0, Integer.MAX_VALUE).stream().filter(BoardRow::isOpen).toList();
    }

    private BoardRow openCase(long caseId) {
        BoardRow row = board.row(caseId)
                .orElseThrow(() -> new CaseActionException("notOnBoard", caseId));
        if (!row.isOpen()) {
            throw new CaseActionException("closed", caseId);
        }
        return row;
    }

    private String processId(long caseId) {
        return links.processInstanceId(caseId)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no process"));
    }
}
