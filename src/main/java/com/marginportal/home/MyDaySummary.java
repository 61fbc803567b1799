package com.marginportal.home;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.marginportal.home.domain.AgendaItem;
import com.marginportal.home.domain.Urgency;
import com.marginportal.risk.RiskCaseRow;

/**
 * What the advisor's home shows, read once per visit.
 *
 * @param tasks the figures of the task inbox's tabs, counted from the same lists as the agenda's tasks
 */
public record MyDaySummary(Map<Urgency, List<AgendaItem>> agenda, TaskLists.Counts tasks,
                           List<RiskCaseRow> clientsInBreach, Map<Long, String> clientNames, Instant asOf) {

    public int count(Urgency urgency) {
        return agenda.getOrDefault(urgency, List.of()).size();
    }

    /** The group's tasks (the inbox's second tab). */
    public int groupTasks() {
        return tasks.group();
    }
}
