package com.marginportal.home;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.marginportal.client.ContractDue;
import com.marginportal.home.domain.AgendaItem;
import com.marginportal.home.domain.ContractTerm;
import com.marginportal.home.domain.Urgency;
import com.marginportal.risk.RiskCaseRow;

/**
 * What the advisor's home shows, read once per visit.
 *
 * @param agenda      my work by urgency: my tasks and open service requests, the first {@link MyDay#AGENDA_SHOWN} of
 *                    each, soonest due first
 * @param agendaTotal how much of that work there is in all (more than the agenda when some is left out)
 * @param overdue     my work past due, counted in the databases
 * @param dueToday    my work due later today, counted in the databases
 * @param tasks       the figures of the task inbox's tabs
 * @param contracts   the contracts with debt that have expired or expire soon
 */
public record MyDaySummary(Map<Urgency, List<AgendaItem>> agenda, long agendaTotal, long overdue, long dueToday,
                           TaskCounts tasks, List<RiskCaseRow> clientsInBreach, Map<Long, String> clientNames,
                           ContractsDue contracts, Instant asOf) {

    /**
     * Contracts falling due: the first ones (soonest first) with how long each has left, how many in all, and how
     * many calendar days ahead the reminder reaches.
     */
    public record ContractsDue(List<Contract> shown, long total, int days) {
    }

    public record Contract(ContractDue due, ContractTerm term) {
    }

    public int count(Urgency urgency) {
        return agenda.getOrDefault(urgency, List.of()).size();
    }

    /** How many items the agenda lists. */
    public int agendaShown() {
        return agenda.values().stream().mapToInt(List::size).sum();
    }

    /** The group's tasks (the inbox's second tab). */
    public long groupTasks() {
        return tasks.group();
    }
}
