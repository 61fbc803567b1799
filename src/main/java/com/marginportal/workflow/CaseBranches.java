package com.marginportal.workflow;

import static com.marginportal.workflow.ProcessVariables.ADVISOR_GROUP;
import static com.marginportal.workflow.ProcessVariables.BRANCH_ID;
import static com.marginportal.workflow.ProcessVariables.MANAGER_GROUP;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.marginportal.risk.CaseBranchMoved;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case in handling that moved to another branch ({@link CaseBranchMoved}: its client is in that branch now) takes its
 * process along, in one transaction: the process's {@code branchId} — so the tasks to come are offered to the new
 * branch's groups and the overdue messages go to its managers — and the candidate groups of its open tasks
 * ({@code branch-<id>-advisors}, {@code branch-<id>-managers}), so the new branch's people see and take them and the
 * old branch's no longer. The case's branch is the scan's to write; it is read from the case here, so a late or
 * repeated delivery changes nothing.
 */
@Service
class CaseBranches {

    private static final Logger log = LoggerFactory.getLogger(CaseBranches.class);
    private static final Pattern BRANCH_GROUP = Pattern.compile("branch-(\\d+)-(advisors|managers)");

    private final BreachAssignees assignees;
    private final CaseProcessStore links;
    private final RuntimeService runtime;
    private final TaskService tasks;

    CaseBranches(BreachAssignees assignees, CaseProcessStore links, RuntimeService runtime, TaskService tasks) {
        this.assignees = assignees;
        this.links = links;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** @return true when the case's process was moved to the case's branch now */
    @Transactional
    boolean follow(long caseId) {
        Optional<Long> branch = assignees.forCase(caseId).map(BreachAssignees.Assignee::branchId);
        Optional<String> process = links.processInstanceId(caseId)
                .filter(id -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0);
        if (branch.isEmpty() || process.isEmpty()) {
            return false; // no process (yet: its start reads the case's branch) or it ended: nothing to carry
        }
        long to = branch.get();
        String processId = process.get();
        Object from = runtime.getVariable(processId, BRANCH_ID);
        if (from instanceof Number n && n.longValue() == to) {
            return false;
        }
        runtime.setVariable(processId, BRANCH_ID, to);
        // processes started on the earlier definition stored their groups
        if (runtime.getVariable(processId, ADVISOR_GROUP) != null) {
            runtime.setVariable(processId, ADVISOR_GROUP, "branch-" + to + "-advisors");
        }
        if (runtime.getVariable(processId, MANAGER_GROUP) != null) {
            runtime.setVariable(processId, MANAGER_GROUP, BreachSettings.managerGroup(to));
        }
        int moved = 0;
        for (Task task : tasks.createTaskQuery().processInstanceId(processId).list()) {
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                Matcher group = link.getGroupId() == null ? null : BRANCH_GROUP.matcher(link.getGroupId());
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && group != null && group.matches()
                        && Long.parseLong(group.group(1)) != to) {
                    tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
                    tasks.addCandidateGroup(task.getId(), "branch-" + to + "-" + group.group(2));
                    moved++;
                }
            }
        }
        log.info("Case {} moved from branch {} to branch {}: its process and {} open task group(s) went along", caseId,
                from, to, moved);
        return true;
    }
}
