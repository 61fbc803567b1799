package com.marginportal.home;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The caller's tasks of every kind, read once: theirs, and their group's (breach tasks the group may claim; for
 * managers and admins also the contacts their scope's advisors owe), each by urgency. The inbox's tabs and the
 * home page's figures are counted from this one value.
 */
public record TaskLists(List<WorkItem> mine, List<WorkItem> group, Instant asOf) {

    public TaskLists {
        mine = mine.stream().sorted(WorkItem.BY_URGENCY).toList();
        group = group.stream().sorted(WorkItem.BY_URGENCY).toList();
    }

    /** Mine and the group's past their due time, by urgency. */
    public List<WorkItem> overdue() {
        return Stream.concat(mine.stream(), group.stream()).filter(t -> t.isOverdue(asOf)).sorted(WorkItem.BY_URGENCY)
                .toList();
    }

    public Counts counts() {
        return new Counts(mine.size(), group.size(), overdue().size());
    }

    /** The figures on the inbox's tabs. */
    public record Counts(int mine, int group, int overdue) {
    }
}
