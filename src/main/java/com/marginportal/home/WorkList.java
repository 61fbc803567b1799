package com.marginportal.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.marginportal.home.domain.AgendaItem;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.PortalUser;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.service.ContactTask;
import com.marginportal.service.ContactTasks;
import com.marginportal.workflow.InboxTask;
import com.marginportal.workflow.TaskInbox;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The one task list: the workflow's breach tasks and the contact plans' tasks together. It lives in home, which
 * may read both features (workflow must not depend on service). Each source applies the caller's scope itself:
 * the inbox by assignee and candidate group, the contact tasks by the data scope of their advisor and branch.
 */
@Service
public class WorkList {

    private final TaskInbox inbox;
    private final ContactTasks contactTasks;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    WorkList(TaskInbox inbox, ContactTasks contactTasks, UserDirectory users, CurrentUser currentUser,
             java.time.Clock clock) {
        this.inbox = inbox;
        this.contactTasks = contactTasks;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Mine: breach tasks assigned to me, contacts my clients need. The group's: breach tasks my group may claim and,
     * for managers and admins, the contacts their advisors owe (an advisor's scope holds only their own).
     */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public TaskLists tasks() {
        PortalUser me = currentUser.require();
        List<InboxTask> myBreach = inbox.mine();
        List<InboxTask> groupBreach = inbox.group();
        List<ContactTask> contacts = contactTasks.open();
        Map<String, String> people = users.displayNames(myBreach.stream().map(InboxTask::assignee)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Set<Long> advisorIds = contacts.stream().map(ContactTask::advisorId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, UserAccount> advisors = users.usersById(advisorIds);
        List<WorkItem> mine = new ArrayList<>();
        List<WorkItem> group = new ArrayList<>();
        myBreach.forEach(t -> mine.add(breach(t, people.getOrDefault(t.assignee(), t.assignee()))));
        groupBreach.forEach(t -> group.add(breach(t, null)));
        for (ContactTask t : contacts) {
            UserAccount advisor = t.advisorId() == null ? null : advisors.get(t.advisorId());
            WorkItem item = contact(t, advisor == null ? null : advisor.displayName());
            (Long.valueOf(me.id()).equals(t.advisorId()) ? mine : group).add(item);
        }
        return new TaskLists(mine, group, clock.instant());
    }

    private static WorkItem breach(InboxTask t, String holderName) {
        return new WorkItem(AgendaItem.Kind.BREACH_TASK, t.taskId(), t.clientId(), t.branchId(),
                "task." + t.definitionKey(), null, t.level(), t.due(), holderName, "tasks?task=" + t.taskId(), t);
    }

    private static WorkItem contact(ContactTask t, String holderName) {
        return new WorkItem(AgendaItem.Kind.CONTACT_PLAN, Long.toString(t.id()), t.clientId(), t.branchId(),
                "myDay.kind.CONTACT_PLAN", t.planName(), null, t.dueAt(), holderName,
                "service?contactTask=" + t.id(), null);
    }
}
