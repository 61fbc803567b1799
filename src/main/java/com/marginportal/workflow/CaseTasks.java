package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import java.util.List;

import com.marginportal.client.ClientNoticeContacts;
import com.marginportal.client.NoticeContact;
import com.marginportal.risk.CaseSnapshots;
import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.PortalUser;
import com.marginportal.security.Role;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completing the breach workflow's human tasks with their typed forms. Only the assignee, a member of a candidate
 * group (advisors: {@code branch-<id>-advisors}; managers: their branch's advisors and managers) or an admin may
 * complete a task. The caller's user name is recorded as the one who completed the task or decided.
 */
@Service
public class CaseTasks {

    static final String CONTACT_TASK = "contactClient";
    static final String DECISION_TASK = "managerDecision";

    private final TaskService tasks;
    private final CurrentUser currentUser;
    private final CaseDueDates dueDates;
    private final ClientNoticeContacts clients;
    private final CaseSnapshots snapshots;
    private final CaseHistories histories;
    private final BreachSettings settings;
    private final ProcessCases cases;

    CaseTasks(TaskService tasks, CurrentUser currentUser, CaseDueDates dueDates, ClientNoticeContacts clients,
              CaseSnapshots snapshots, CaseHistories histories, BreachSettings settings, ProcessCases cases) {
        this.cases = cases;
        this.settings = settings;
        this.histories = histories;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.dueDates = dueDates;
        this.clients = clients;
        this.snapshots = snapshots;
    }

    /** What saving the contact task will lead to (for the advisor to read before she saves). */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public ContactOutlook contactOutlook(String taskId) {
        require(taskId, CONTACT_TASK);
        Map<String, Object> v = tasks.getVariables(taskId);
        Object deadline = v.get(DEADLINE);
        return new ContactOutlook(String.valueOf(v.get(LEVEL)), BreachSettings.count(v.get(ATTEMPTS)) + 1,
                settings.maxAttempts(v.get(MAX_ATTEMPTS)),
                retryAt(v, deadline instanceof Date d ? d.toInstant() : null),
                deadline instanceof Date d ? d.toInstant() : null);
    }

    /** The next call as the advisor can make it (the retry timer's rule); a process started with its own interval keeps it. */
    private Instant retryAt(Map<String, Object> v, Instant deadline) {
        Instant now = dueDates.now();
        return v.get(RETRY_INTERVAL) instanceof String stored
                ? dueDates.contactFrom(now.plus(java.time.Duration.parse(stored)))
                : dueDates.retryAt(BreachLevel.valueOf(String.valueOf(v.get(LEVEL))), deadline, now);
    }

    /** The case's history beside the task's form: the same events the board and the resolution record list. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<CaseHistoryEntry> caseHistory(String taskId) {
        Task task = require(taskId, null);
        return histories.of(cases.ofProcess(task.getProcessInstanceId()).caseId(), task.getProcessInstanceId());
    }

    /** The client, account, ratio and decider a decision's confirmation names. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public DecisionSubject decisionSubject(String taskId) {
        ProcessCases.Parties c = cases.ofProcess(require(taskId, DECISION_TASK).getProcessInstanceId());
        long caseId = c.caseId();
        NoticeContact client = clients.forAccount(c.accountId())
                .orElseThrow(() -> new IllegalStateException("no client for case " + caseId));
        return new DecisionSubject(caseId, client.name(), client.clientId(), client.maskedAccountNumber(),
                snapshots.of(caseId).map(f -> f.latestRatio()).orElse(null), currentUser.require().displayName(),
                CaseDueDates.toldDeadline(tasks.getVariables(taskId)::get));
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional
    public void completeContact(String taskId, ContactForm form) {
        require(taskId, CONTACT_TASK);
        Map<String, Object> v = new HashMap<>();
        v.put(CHANNEL, form.channel().name());
        v.put(REACHED, form.reached());
        v.put(PLAN, form.plan().name());
        v.put(PROMISED_DATE, form.promisedDate() == null ? null : form.promisedDate().toString());
        v.put(NOTE, form.note());
        v.put(COMPLETED_BY, currentUser.usernameOrSystem());
        tasks.complete(taskId, currentUser.usernameOrSystem(), v);
    }

    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional
    public void decide(String taskId, ManagerDecision decision) {
        Task task = require(taskId, DECISION_TASK);
        if (decision.kind() == ManagerDecision.Kind.EXTENSION) { // refused here in words; the step checks again
            Map<String, Object> held = tasks.getVariables(taskId); // one read for the checks below
            dueDates.requireExtensionDeadline(decision.newDeadline(), CaseDueDates.toldDeadline(held::get));
            Object max = held.get(MAX_EXTENSIONS);
            if (!settings.extensionLeft(held.get(EXTENSIONS), max)) {
                throw new CaseActionException("extensionsUsed", cases.ofProcess(task.getProcessInstanceId()).caseId(),
                        settings.maxExtensions(max));
            }
        }
        Map<String, Object> v = new HashMap<>();
        v.put(DECISION, decision.kind().name());
        v.put(DECISION_REASON, decision.reason());
        v.put(NEW_DEADLINE, decision.newDeadline() == null ? null : Date.from(decision.newDeadline()));
        v.put(DECIDED_BY, currentUser.usernameOrSystem());
        tasks.complete(taskId, currentUser.usernameOrSystem(), v);
    }

    /**
     * An extension's new deadline for {@code day} on the decision {@code taskId}: its market close; refused in words
     * if it cannot be one (also when not after the deadline the client holds).
     */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public Instant extensionDeadline(String taskId, LocalDate day) {
        require(taskId, DECISION_TASK);
        return dueDates.extensionDeadline(day, CaseDueDates.toldDeadline(tasks.getVariables(taskId)::get));
    }

    /** Completes any other task of the process (follow-up, escalation review) as the caller. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional
    public void complete(String taskId) {
        require(taskId, null);
        tasks.complete(taskId, currentUser.usernameOrSystem(), Map.of(COMPLETED_BY, currentUser.usernameOrSystem()));
    }

    private Task require(String taskId, String definitionKey) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new IllegalStateException("task " + taskId + " is no longer open");
        }
        if (definitionKey != null && !definitionKey.equals(task.getTaskDefinitionKey())) {
            throw new IllegalArgumentException("task " + taskId + " is not a " + definitionKey + " task");
        }
        PortalUser user = currentUser.require();
        if (user.role() == Role.ADMIN || user.username().equals(task.getAssignee())) {
            return task;
        }
        List<String> groups = user.role() == Role.MANAGER
                ? List.of("branch-" + user.branchId() + "-managers", "branch-" + user.branchId() + "-advisors")
                : List.of("branch-" + user.branchId() + "-advisors");
        boolean candidate = tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()));
        if (!candidate) {
            throw new AccessDeniedException("task " + taskId + " is neither assigned to nor offered to " + user.username());
        }
        return task;
    }
}
