package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditText;
import com.marginportal.security.CurrentUser;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's extension of a case's top-up deadline outside a decision, from the board: one case to a day, or
 * ({@link BulkExtensions}) by some trading days. The deadline runs while a margin call waits for its contact or a retry, and in the top-up period after it. Each
 * extension counts (the limit applies), moves the timers that wait for the deadline, tells the client the new one
 * and is audited.
 * JdbcClient, not JPA: the board row's due time is one conditional UPDATE of a row the engine's listener keeps.
 */
@Service
public class DeadlineExtensions {

    /** The timers that fire at the deadline: the contact's (non-interrupting), the follow-up's and the wait's. */
    private static final List<String> DEADLINE_TIMERS = List.of("contactDeadline", "deadlineReached", "awaitDeadline");
    /** Steps at which a margin call's deadline runs before and while the client is being called. */
    private static final Set<String> CONTACT_PERIOD = Set.of("contactClient", "retryWait");
    /** Steps of the top-up period after a contact (or an extension a decision granted, whatever the level). */
    private static final Set<String> TOP_UP_PERIOD = Set.of("followUp", "awaitDeadline");
    private static final String RETRY_TIMER = "retryWait";

    private final CaseBoard board;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final CaseDueDates dueDates;
    private final BreachSettings settings;
    private final JdbcClient jdbc;
    private final CaseProcessStore links;
    private final CaseDecisionStore decisions;
    private final CaseNotices notices;
    private final TradingCalendarService calendars;

    DeadlineExtensions(CaseBoard board, TaskService tasks, RuntimeService runtime, ManagementService management,
                       AuditLog audit, CurrentUser currentUser, CaseDueDates dueDates, BreachSettings settings,
                       JdbcClient jdbc, CaseProcessStore links, CaseDecisionStore decisions, CaseNotices notices,
                       TradingCalendarService calendars) {
        this.board = board;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.audit = audit;
        this.currentUser = currentUser;
        this.dueDates = dueDates;
        this.settings = settings;
        this.jdbc = jdbc;
        this.links = links;
        this.decisions = decisions;
        this.notices = notices;
        this.calendars = calendars;
    }

    /** Whether the deadline of a case at this level and step runs now, so that it could be extended. */
    public static boolean deadlineRunning(String level, String step) {
        return step != null && (TOP_UP_PERIOD.contains(step)
                || CONTACT_PERIOD.contains(step) && BreachLevel.MARGIN_CALL.name().equals(level));
    }

    /**
     * Moves the case's top-up deadline to the close of the trading {@code day} (later than the one the client holds)
     * and tells the client the new one ({@link CaseNotices#extensionNotice}).
     */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional
    public void extend(long caseId, LocalDate day, String reason) {
        BoardRow row = runningCase(caseId);
        BoardReasons.require(reason);
        if (day == null) {
            throw new CaseActionException("deadlineRequired");
        }
        String processId = processId(caseId);
        Map<String, Object> v = runtime.getVariables(processId);
        apply(row, processId, v, dueDates.extensionDeadline(day, CaseDueDates.toldDeadline(v::get)), reason.strip());
    }

    /**
     * Extends the listed case by {@code tradingDays} trading days from the deadline it holds, in the caller's
     * transaction ({@link BulkExtensions}: one a case).
     */
    void extendBy(long caseId, int tradingDays, String reason) {
        BoardRow row = runningCase(caseId);
        String processId = processId(caseId);
        Map<String, Object> v = runtime.getVariables(processId);
        Instant held = deadline(v);
        apply(row, processId, v, dueDates.extensionDeadline(dayAfter(caseId, held, tradingDays), held), reason);
    }

    /** Applies the extension to the process holding variables {@code v} (read once: a query each otherwise). */
    private void apply(BoardRow row, String processId, Map<String, Object> v, Instant newDeadline, String reason) {
        long caseId = row.caseId();
        Object max = v.get(MAX_EXTENSIONS); // the process's own limit
        if (!settings.extensionLeft(v.get(EXTENSIONS), max)) {
            throw new CaseActionException("extensionsUsed", caseId, settings.maxExtensions(max));
        }
        Instant before = deadline(v);
        Instant held = CaseDueDates.toldDeadline(v::get); // what the client's notice will say was extended
        List<Job> timers = management.createTimerJobQuery().processInstanceId(processId).list();
        timers.stream().filter(j -> DEADLINE_TIMERS.contains(j.getElementId()))
                .forEach(j -> management.rescheduleTimeDateJob(j.getId(), newDeadline.toString()));
        // a retry held back to the old deadline (CaseDueDates.retryAt) may now come sooner
        timers.stream().filter(j -> RETRY_TIMER.equals(j.getElementId()) && before != null
                        && !j.getDuedate().toInstant().isBefore(before))
                .forEach(j -> management.rescheduleTimeDateJob(j.getId(), dueDates.retryAt(BreachLevel.valueOf(row.level()),
                        newDeadline, row.lastContactAt() == null ? dueDates.now() : row.lastContactAt()).toString()));
        if ("followUp".equals(row.step())) {
            tasks.createTaskQuery().processInstanceId(processId).taskDefinitionKey("followUp").list()
                    .forEach(t -> tasks.setDueDate(t.getId(), Date.from(newDeadline)));
        }
        Map<String, Object> changed = new java.util.HashMap<>();
        changed.put(DEADLINE, Date.from(newDeadline));
        changed.put(EXTENSIONS, BreachSettings.count(v.get(EXTENSIONS)) + 1);
        Map<String, Object> after = new java.util.HashMap<>(v);
        after.putAll(changed);
        notices.extensionNotice(caseId, after, held).ifPresent(id -> changed.put(NOTICE_IDS,
                RiskNoticeDelegate.withNoticeId(v.get(NOTICE_IDS), id)));
        runtime.setVariables(processId, changed);
        decisions.insert(caseId, ManagerDecision.Kind.EXTENSION, reason, newDeadline, held,
                currentUser.require().username(), dueDates.now());
        jdbc.sql("UPDATE case_process SET due_at = ? WHERE case_id = ? AND current_step = 'followUp'")
                .params(LocalDateTime.ofInstant(newDeadline, ZoneOffset.UTC), caseId).update();
        audit.record("CASE_EXTEND", "RISK_CASE", String.valueOf(caseId),
                AuditText.of("caseExtended", AuditText.time(before), AuditText.time(newDeadline), reason));
    }

    /** The trading day {@code tradingDays} after the held deadline's; refused in words past the calendar. */
    private LocalDate dayAfter(long caseId, Instant held, int tradingDays) {
        if (held == null) {
            throw new CaseActionException("noDeadline", caseId);
        }
        try {
            return calendars.calendar().deadline(held, tradingDays).toLocalDate();
        } catch (IllegalStateException notCovered) { // the holidays of the year it would reach are not imported
            throw new CaseActionException("calendarAhead", held.atZone(calendars.calendar().marketZone()).toLocalDate());
        }
    }

    private static Instant deadline(Map<String, Object> v) {
        return v.get(DEADLINE) instanceof Date d ? d.toInstant() : null;
    }

    private BoardRow runningCase(long caseId) {
        BoardRow row = board.row(caseId).orElseThrow(() -> new CaseActionException("notOnBoard", caseId));
        if (!row.isOpen()) {
            throw new CaseActionException("closed", caseId);
        }
        if (!deadlineRunning(row.level(), row.step())) {
            throw new CaseActionException("noDeadline", caseId);
        }
        return row;
    }

    private String processId(long caseId) {
        return links.processInstanceId(caseId)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no process"));
    }
}
