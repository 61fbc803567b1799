package com.marginportal.home;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.marginportal.home.domain.AgendaItem;
import com.marginportal.home.domain.Urgency;
import com.marginportal.risk.RiskCaseRow;

/** What the advisor's home shows, read once per visit. */
public record MyDaySummary(Map<Urgency, List<AgendaItem>> agenda, int unclaimedGroupTasks,
                           List<RiskCaseRow> clientsInBreach, Map<Long, String> clientNames, Instant asOf) {

    public int count(Urgency urgency) {
        return agenda.getOrDefault(urgency, List.of()).size();
    }
}
