package com.marginportal.workflow;

import static com.marginportal.workflow.CaseHistoryEntry.Kind.*;
import static com.marginportal.workflow.CaseHistoryRows.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marginportal.security.StaffContacts;
import com.marginportal.workflow.CaseHistoryRows.Raw;

import org.flowable.engine.HistoryService;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * The one place that says what happened in a breach case: the business events from the records each step
 * leaves ({@link CaseHistoryRows}) and the process's human tasks, in time order, each with its actor and the actor's
 * display name. Only what happened is listed: boundary events that were armed but never fired leave no record here.
 * The resolution record keeps the history as it stood when the case ended; the board's case view reads it live.
 * System API (no scope check): callers check the case lies in the user's scope.
 *
 * <p>Facts per kind: CASE_OPENED, LEVEL_RAISED, RATIO_RESTORED {@code level, ratio}; NOTICE_* {@code noticeType}
 * (+ {@code reason} for NOTICE_NOT_WRITTEN); TASK_* {@code task} (+ {@code assignee, assigneeName, group, branchName} on
 * creation);
 * TASK_REASSIGNED {@code task, assignee, assigneeName} (the new holder; its actor who gave it, or the system when the
 * case followed its client); TASK_RETURNED {@code task};
 * CONTACT_ATTEMPT {@code attempt, channel, reached, plan, promisedDate, note}; DECISION {@code decision, reason,
 * newDeadline}; MESSAGE_POSTED {@code recipient, message} (+ {@code recipientName} for a person, {@code branchName}
 * for a branch's group); HANDED_OFF
 * {@code shortfall}; NOTE_ADDED {@code note}; ACKNOWLEDGED {@code noticeType}; CLOSED {@code outcome}.
 */
@Component
class CaseHistories {

    /** In-app messages to one person are addressed "user:<name>". */
    private static final String USER = "user:";

    /** Tasks whose completion is the contact attempt or the decision entry (which carry the outcome). */
    private static final Set<String> COMPLETED_AS_OUTCOME = Set.of(CaseTasks.CONTACT_TASK, CaseTasks.DECISION_TASK);

    private final CaseHistoryRows records;
    private final HistoryService history;
    private final StaffContacts staff;
    private final TaskHolderChanges holderChanges;

    CaseHistories(CaseHistoryRows records, HistoryService history, StaffContacts staff, TaskHolderChanges holderChanges) {
        this.records = records;
        this.holderChanges = holderChanges;
        this.history = history;
        this.staff = staff;
    }

    /** Everything recorded for the case so far, oldest first (its closing once the resolution record exists). */
    List<CaseHistoryEntry> of(long caseId, String processInstanceId) {
        List<Raw> raw = new ArrayList<>(records.of(caseId));
        if (processInstanceId != null) {
            tasks(processInstanceId, holderChanges.of(caseId), raw);
        }
        return named(raw);
    }

    /** The history as the resolution record keeps it: everything so far, then the closing with its outcome. */
    List<CaseHistoryEntry> atClose(long caseId, String processInstanceId, Instant closedAt, ResolutionOutcome outcome) {
        List<CaseHistoryEntry> entries = new ArrayList<>(of(caseId, processInstanceId).stream()
                .filter(e -> e.kind() != CLOSED).toList());
        entries.add(new CaseHistoryEntry(closedAt, CLOSED, CaseHistoryEntry.SYSTEM, null,
                Map.of("outcome", outcome.name())));
        entries.sort(CaseHistoryEntry.ORDER);
        return entries;
    }

    private List<CaseHistoryEntry> named(List<Raw> raw) {
        Set<String> people = new HashSet<>();
        raw.forEach(r -> {
            if (!CaseHistoryEntry.SYSTEM.equals(r.actor()) && !CaseHistoryEntry.CLIENT.equals(r.actor())) {
                people.add(r.actor());
            }
            if (r.facts().get("assignee") != null) {
                people.add(r.facts().get("assignee"));
            }
            if (r.facts().getOrDefault("recipient", "").startsWith(USER)) {
                people.add(r.facts().get("recipient").substring(USER.length()));
            }
        });
        Map<String, String> names = staff.displayNames(people);
        Map<Long, String> branches = staff.branchNames(raw.stream().map(CaseHistories::groupBranch)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        return raw.stream().filter(r -> r.at() != null).map(r -> {
            Map<String, String> facts = r.facts();
            Long branch = groupBranch(r);
            if (branch != null && branches.containsKey(branch)) {
                facts.put("branchName", branches.get(branch));
            }
            if (facts.get("assignee") != null) {
                facts.put("assigneeName", names.getOrDefault(facts.get("assignee"), facts.get("assignee")));
            }
            if (facts.getOrDefault("recipient", "").startsWith(USER)) {
                String user = facts.get("recipient").substring(USER.length());
                facts.put("recipientName", names.getOrDefault(user, user));
            }
            String name = CaseHistoryEntry.SYSTEM.equals(r.actor()) || CaseHistoryEntry.CLIENT.equals(r.actor())
                    ? null : names.getOrDefault(r.actor(), r.actor());
            return new CaseHistoryEntry(r.at(), r.kind(), r.actor(), name, facts);
        }).sorted(CaseHistoryEntry.ORDER).toList();
    }

    /** The branch of a task's group or a message's recipient group ("branch-1-managers"), else null. */
    private static Long groupBranch(Raw r) {
        String group = r.facts().get("group") != null ? r.facts().get("group") : r.facts().get("recipient");
        if (group == null || !group.startsWith("branch-")) {
            return null;
        }
        String[] parts = group.split("-");
        try {
            return Long.valueOf(parts[1]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException notABranchGroup) {
            return null;
        }
    }

    /**
     * The engine's tasks: created (for whom), completed or cancelled; who held each in between from the recorded
     * changes ({@link TaskHolderChanges}) — the engine keeps only the last holder and claim, which serve tasks whose
     * holder never changed since the changes are recorded.
     */
    private void tasks(String processInstanceId, List<TaskHolderChanges.Change> changes, List<Raw> raw) {
        Map<String, TaskHolderChanges.Change> first = new HashMap<>();
        for (TaskHolderChanges.Change c : changes) {
            first.putIfAbsent(c.taskId(), c);
            raw.add(new Raw(c.at(), switch (c.kind()) {
                case CLAIMED -> TASK_CLAIMED;
                case RETURNED -> TASK_RETURNED;
                case GIVEN -> TASK_REASSIGNED;
            }, c.by(), facts("task", c.taskKey(), "assignee", c.kind() == TaskHolderChanges.Kind.GIVEN ? c.to() : null)));
        }
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .includeIdentityLinks().list()) {
            String key = t.getTaskDefinitionKey();
            String group = t.getIdentityLinks().stream().map(l -> l.getGroupId()).filter(g -> g != null)
                    .findFirst().orElse(null);
            TaskHolderChanges.Change firstChange = first.get(t.getId());
            String createdFor = firstChange != null ? firstChange.from()
                    : t.getClaimTime() == null ? t.getAssignee() : null;
            raw.add(Raw.system(t.getCreateTime().toInstant(), TASK_CREATED, facts("task", key, "assignee", createdFor,
                    "group", group)));
            if (firstChange == null && t.getClaimTime() != null) {
                raw.add(new Raw(t.getClaimTime().toInstant(), TASK_CLAIMED,
                        t.getClaimedBy() != null ? t.getClaimedBy() : String.valueOf(t.getAssignee()), facts("task", key)));
            }
            if (t.getEndTime() == null) {
                continue;
            }
            if (t.getDeleteReason() != null) {
                raw.add(Raw.system(t.getEndTime().toInstant(), TASK_CANCELLED, facts("task", key)));
            } else if (!COMPLETED_AS_OUTCOME.contains(key)) {
                String by = t.getCompletedBy() != null ? t.getCompletedBy() : t.getAssignee();
                raw.add(new Raw(t.getEndTime().toInstant(), TASK_COMPLETED, by == null ? CaseHistoryEntry.SYSTEM : by,
                        facts("task", key)));
            }
        }
    }
}
