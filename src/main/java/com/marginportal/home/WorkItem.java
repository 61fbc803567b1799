package com.marginportal.home;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

import com.marginportal.home.domain.AgendaItem;
import com.marginportal.workflow.InboxTask;

/**
 * One task on the one task list, whatever its feature: a breach task of the workflow or a contact a plan asks for.
 *
 * @param id         unique within its kind (the Flowable task id, the contact task id)
 * @param titleKey   the i18n key naming the step
 * @param detail     words beside the title (the plan's name as stored), or null
 * @param detailKey  the message key of a built-in detail (a built-in plan's name), null to show {@code detail} as is
 * @param level      the breach level of a breach task, null otherwise
 * @param holderName who holds the task, by display name; null while a breach task waits to be claimed
 * @param link       the portal route that opens the task's editor
 * @param breachTask the workflow's task for a breach task (its editors need it), null otherwise
 */
public record WorkItem(AgendaItem.Kind kind, String id, long clientId, long branchId, String titleKey, String detail,
                       String detailKey, String level, Instant due, String holderName, String link,
                       InboxTask breachTask) {

    /**
     * Soonest due first (no due date last); at the same time a breach task first: a client's money is at stake; and
     * among those the account most at risk (lowest maintenance ratio, no debt last), as the inbox's query orders them.
     * Other ties keep their source's order (Flowable: created, then task id; plans: row id), so pages merged from the
     * sources' own database order are sorted by this comparator at any depth.
     */
    public static final Comparator<WorkItem> BY_URGENCY = Comparator
            .comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::kind)
            .thenComparing(w -> w.breachTask() == null ? null : w.breachTask().ratio(),
                    Comparator.nullsLast(Comparator.naturalOrder()));

    public WorkItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(link, "link");
        if ((kind == AgendaItem.Kind.BREACH_TASK) != (breachTask != null)) {
            throw new IllegalArgumentException("a breach task carries its workflow task, nothing else does");
        }
    }

    /** The same task, held by the person of that name. */
    public WorkItem heldBy(String name) {
        return new WorkItem(kind, id, clientId, branchId, titleKey, detail, detailKey, level, due, name, link,
                breachTask);
    }

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }

    /** A breach task nobody holds yet: the group may claim it. */
    public boolean isUnclaimed() {
        return breachTask != null && breachTask.assignee() == null;
    }
}
