package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.marginportal.notification.NotificationService;
import com.marginportal.risk.RiskCaseQueries;
import com.marginportal.security.StaffContacts;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a case's file for the board's case view, from the process (its runtime while it runs, what its history
 * and its last step kept once it ended) and the case's own records.
 * JdbcClient, not JPA: read-only lists of a case's contacts and notes for its file.
 */
@Service
@Transactional(readOnly = true)
public class CaseFiles {

    private static final Set<String> CONTAINERS = Set.of("subProcess");

    private final CaseBoard board;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final RiskCaseQueries cases;
    private final NotificationService notifications;
    private final JdbcClient jdbc;
    private final CaseProcessStore links;
    private final CaseHistories histories;
    private final StaffContacts staff;
    private final BreachSettings settings;

    CaseFiles(CaseBoard board, HistoryService history, RuntimeService runtime, RepositoryService repository,
              RiskCaseQueries cases, NotificationService notifications, JdbcClient jdbc, CaseProcessStore links,
              CaseHistories histories, StaffContacts staff, BreachSettings settings) {
        this.runtime = runtime;
        this.settings = settings;
        this.links = links;
        this.histories = histories;
        this.staff = staff;
        this.board = board;
        this.history = history;
        this.repository = repository;
        this.cases = cases;
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    /** Empty when the case has no process or lies outside the caller's scope. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public Optional<CaseFile> of(long caseId) {
        return board.row(caseId).flatMap(row -> processOf(caseId).map(p -> file(row, p)));
    }

    /** The BPMN of the breach process's latest version (the diagram overview). */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public String latestProcessXml() {
        return xml(repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion()
                .singleResult().getId());
    }

    private Optional<HistoricProcessInstance> processOf(long caseId) {
        return links.processInstanceId(caseId)
                .map(id -> history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult());
    }

    private CaseFile file(BoardRow row, HistoricProcessInstance p) {
        boolean running = p.getEndTime() == null;
        Set<String> active = Set.of();
        Set<String> completed = running ? Set.of() : new HashSet<>(links.steps(row.caseId()));
        if (running || completed.isEmpty()) {
            // a running process's steps are in the runtime; an ended one before V046 has them in the history
            List<Step> steps = running
                    ? runtime.createActivityInstanceQuery().processInstanceId(p.getId()).list().stream()
                            .map(a -> new Step(a.getActivityId(), a.getActivityType(), a.getEndTime() != null)).toList()
                    : history.createHistoricActivityInstanceQuery().processInstanceId(p.getId()).list().stream()
                            .map(a -> new Step(a.getActivityId(), a.getActivityType(), a.getEndTime() != null)).toList();
            active = steps.stream().filter(a -> !a.ended() && !CONTAINERS.contains(a.type()))
                    .map(Step::id).collect(Collectors.toSet());
            completed = steps.stream().filter(Step::ended).map(Step::id).collect(Collectors.toCollection(HashSet::new));
            completed.removeAll(active);
        }
        Map<String, Object> v = new HashMap<>();
        if (running) { // null when it ended since
            org.flowable.engine.runtime.ProcessInstance live = runtime.createProcessInstanceQuery()
                    .processInstanceId(p.getId()).includeProcessVariables().singleResult();
            v.putAll(live == null ? Map.of() : live.getProcessVariables());
        }
        if (v.isEmpty()) { // ended (or just now): the history keeps the variables the facts show (BreachHistorySettings)
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                    .processInstanceId(p.getId()).list()) {
                v.put(variable.getVariableName(), variable.getValue());
            }
        }
        return new CaseFile(row, xml(p.getProcessDefinitionId()), active, completed, facts(v), cases.events(row.caseId()),
                tasks(p.getId()), notifications.noticesForCase(row.caseId()), contacts(row.caseId()), notes(row.caseId()),
                histories.of(row.caseId(), p.getId()));
    }

    private record Step(String id, String type, boolean ended) {
    }

    private CaseFile.Facts facts(Map<String, Object> v) {
        String decidedBy = (String) v.get(DECIDED_BY);
        return new CaseFile.Facts((String) v.get(ADVISOR), instant(v.get(CONTACT_DUE)), instant(v.get(DEADLINE)),
                BreachSettings.count(v.get(ATTEMPTS)), settings.maxAttempts(v.get(MAX_ATTEMPTS)),
                BreachSettings.count(v.get(EXTENSIONS)), settings.maxExtensions(v.get(MAX_EXTENSIONS)), (String) v.get(DECISION), (String) v.get(DECISION_REASON),
                decidedBy, decidedBy == null ? null : staff.displayNames(List.of(decidedBy)).getOrDefault(decidedBy, decidedBy),
                Boolean.TRUE.equals(v.get(RESTORED)), CaseDueDates.toldDeadline(v::get));
    }

    private List<CaseFile.TaskEntry> tasks(String processInstanceId) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricTaskInstanceStartTime().asc().list().stream()
                .map(t -> new CaseFile.TaskEntry(t.getTaskDefinitionKey(), t.getAssignee(), instant(t.getCreateTime()),
                        instant(t.getDueDate()), instant(t.getEndTime())))
                .toList();
    }

    private List<CaseFile.ContactEntry> contacts(long caseId) {
        return jdbc.sql("SELECT * FROM case_contact WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, i) -> new CaseFile.ContactEntry(rs.getInt("attempt_no"), rs.getString("channel"),
                        rs.getBoolean("reached"), rs.getString("plan"), rs.getString("note"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                .list();
    }

    private List<CaseFile.NoteEntry> notes(long caseId) {
        return jdbc.sql("SELECT * FROM case_note WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, i) -> new CaseFile.NoteEntry(rs.getString("note"), rs.getString("written_by"),
                        rs.getObject("written_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                .list();
    }

    private String xml(String processDefinitionId) {
        try (InputStream in = repository.getProcessModel(processDefinitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Object value) {
        return value instanceof Date d ? d.toInstant() : null;
    }

    private static Integer integer(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }
}
