package com.marginportal.home;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.marginportal.client.ClientDirectory;
import com.marginportal.home.domain.AgendaItem;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.service.ContactTask;
import com.marginportal.service.ContactTaskFilter;
import com.marginportal.service.ContactTasks;
import com.marginportal.workflow.InboxFilter;
import com.marginportal.workflow.InboxQuery;
import com.marginportal.workflow.InboxTask;
import com.marginportal.workflow.TaskInbox;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The one task list: the workflow's breach tasks and the contact plans' tasks together. It lives in home, which may
 * read both features (workflow must not depend on service). Each source applies the caller's scope itself — the inbox
 * by assignee and candidate group, the contact tasks by the data scope of their advisor and branch — and its filter,
 * in its database, page by page with exact counts; a page of the list merges the sources by urgency
 * ({@link MergedPages}), so every task can be reached however many there are.
 */
@Service
public class WorkList {

    /**
     * The inbox's lists. Mine: breach tasks assigned to me, contacts my clients need. The group's: breach tasks my
     * group may claim and, for managers and admins, the contacts their advisors owe (an advisor's scope holds only
     * their own). Overdue: both, past their due time.
     */
    public enum Tab { MINE, GROUP, OVERDUE }

    private final TaskInbox inbox;
    private final ContactTasks contactTasks;
    private final ClientDirectory clients;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkList(TaskInbox inbox, ContactTasks contactTasks, ClientDirectory clients, UserDirectory users,
             CurrentUser currentUser, Clock clock) {
        this.inbox = inbox;
        this.contactTasks = contactTasks;
        this.clients = clients;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of the list, soonest due first (a breach task first at the same time), holders by name. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public List<WorkItem> page(Tab tab, InboxFilter filter, int offset, int limit) {
        List<MergedPages.Source<Row>> sources = new ArrayList<>();
        for (Query q : queries(tab, filter, tab == Tab.OVERDUE ? clock.instant() : null)) {
            sources.add(q.breach() != null ? n -> inbox.page(q.breach(), 0, n).stream().map(WorkList::breach).toList()
                    : n -> contactTasks.open(q.contacts(), 0, n).stream().map(WorkList::contact).toList());
        }
        return named(MergedPages.page(sources, BY_URGENCY, offset, limit));
    }

    /** How many tasks the list holds (filtered as the page). */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public long count(Tab tab, InboxFilter filter) {
        return count(queries(tab, filter, tab == Tab.OVERDUE ? clock.instant() : null));
    }

    /** The figures on the inbox's tabs, counted in the databases (the home page shows the same). */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public TaskCounts counts() {
        return new TaskCounts(count(Tab.MINE, InboxFilter.ANY), count(Tab.GROUP, InboxFilter.ANY),
                count(Tab.OVERDUE, InboxFilter.ANY));
    }

    /** How many of my own tasks (both kinds) are due before the time: the home page's overdue and today figures. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public long countMineDueBefore(Instant time) {
        return count(queries(Tab.MINE, InboxFilter.ANY, time));
    }

    /** A breach task the caller may act on (hers, or her group's to claim), e.g. behind a link; empty otherwise. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public Optional<WorkItem> breachTask(String taskId) {
        return inbox.find(taskId).map(t -> named(List.of(breach(t))).get(0));
    }

    /** A task as read, with the advisor who holds a contact (named for the page only). */
    private record Row(WorkItem item, Long advisorId) {
    }

    private static final java.util.Comparator<Row> BY_URGENCY = java.util.Comparator.comparing(Row::item,
            WorkItem.BY_URGENCY);

    /** Each source of a list: breach tasks or contacts, by holder, due time and the filter. */
    private record Query(InboxQuery breach, ContactTaskFilter contacts) {
    }

    private List<Query> queries(Tab tab, InboxFilter filter, Instant dueBefore) {
        Set<Long> clientIds = clientIds(filter);
        List<Query> queries = new ArrayList<>();
        if (tab != Tab.GROUP) {
            queries.add(new Query(new InboxQuery(InboxQuery.Holder.MINE, dueBefore, filter.level(), filter.branchId(),
                    clientIds), null));
        }
        if (tab != Tab.MINE) {
            queries.add(new Query(new InboxQuery(InboxQuery.Holder.GROUP, dueBefore, filter.level(), filter.branchId(),
                    clientIds), null));
        }
        if (filter.level() == null) { // a plan's contact has no level
            ContactTaskFilter.Holder holder = switch (tab) {
                case MINE -> ContactTaskFilter.Holder.CALLER;
                case GROUP -> ContactTaskFilter.Holder.OTHERS;
                case OVERDUE -> ContactTaskFilter.Holder.ANY;
            };
            queries.add(new Query(null, new ContactTaskFilter(holder, dueBefore, filter.branchId(), clientIds)));
        }
        return queries;
    }

    private long count(List<Query> queries) {
        return queries.stream().mapToLong(q -> q.breach() != null ? inbox.count(q.breach())
                : contactTasks.countOpen(q.contacts())).sum();
    }

    /** The clients the filter names: null for any; a client number; else those of the caller's scope so named. */
    private Set<Long> clientIds(InboxFilter filter) {
        if (filter.clientText().isEmpty()) {
            return null;
        }
        if (filter.namesClientNumber()) {
            return filter.clientNumber().map(Set::of).orElse(Set.of());
        }
        return clients.idsNamed(filter.clientText().get());
    }

    /** People by name, not login: a breach task's assignee, a contact's advisor. */
    private List<WorkItem> named(List<Row> page) {
        Map<String, String> people = users.displayNames(page.stream().map(r -> r.item().breachTask())
                .filter(Objects::nonNull).map(InboxTask::assignee).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, UserAccount> advisors = users.usersById(page.stream().map(Row::advisorId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return page.stream().map(r -> {
            InboxTask breach = r.item().breachTask();
            if (breach != null) {
                return r.item().heldBy(breach.assignee() == null ? null
                        : people.getOrDefault(breach.assignee(), breach.assignee()));
            }
            UserAccount advisor = r.advisorId() == null ? null : advisors.get(r.advisorId());
            return r.item().heldBy(advisor == null ? null : advisor.displayName());
        }).toList();
    }

    private static Row breach(InboxTask t) {
        return new Row(new WorkItem(AgendaItem.Kind.BREACH_TASK, t.taskId(), t.clientId(), t.branchId(),
                "task." + t.definitionKey(), null, null, t.level(), t.due(), null, "tasks?task=" + t.taskId(), t), null);
    }

    private static Row contact(ContactTask t) {
        return new Row(new WorkItem(AgendaItem.Kind.CONTACT_PLAN, Long.toString(t.id()), t.clientId(), t.branchId(),
                "myDay.kind.CONTACT_PLAN", t.planName(), t.planNameKey(), null, t.dueAt(), null,
                "service?contactTask=" + t.id(), null), t.advisorId());
    }
}
