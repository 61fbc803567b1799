package com.marginportal.home;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marginportal.client.ClientDirectory;
import com.marginportal.home.domain.Agenda;
import com.marginportal.home.domain.AgendaItem;
import com.marginportal.risk.CaseFilter;
import com.marginportal.risk.RiskCaseQueries;
import com.marginportal.risk.RiskCaseRow;
import com.marginportal.service.ContactTask;
import com.marginportal.service.ContactTasks;
import com.marginportal.service.ServiceRequest;
import com.marginportal.service.ServiceRequests;
import com.marginportal.workflow.InboxTask;
import com.marginportal.workflow.TaskInbox;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "What needs me now?": the signed-in user's breach tasks, contact-plan tasks and service requests in one agenda by
 * urgency, the unclaimed work of their group, and their clients in breach. Each source applies the caller's scope.
 */
@Service
public class MyDay {

    static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int CASES_SHOWN = 50;

    private final TaskInbox inbox;
    private final ContactTasks contactTasks;
    private final ServiceRequests requests;
    private final RiskCaseQueries cases;
    private final ClientDirectory clients;
    private final Clock clock;

    MyDay(TaskInbox inbox, ContactTasks contactTasks, ServiceRequests requests, RiskCaseQueries cases,
          ClientDirectory clients, Clock clock) {
        this.inbox = inbox;
        this.contactTasks = contactTasks;
        this.requests = requests;
        this.cases = cases;
        this.clients = clients;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public MyDaySummary today() {
        List<RiskCaseRow> inBreach = cases.search(CaseFilter.OPEN, 0, CASES_SHOWN);
        Map<Long, RiskCaseRow> byCase = inBreach.stream().collect(Collectors.toMap(RiskCaseRow::caseId, Function.identity()));
        List<AgendaItem> items = new ArrayList<>();
        for (InboxTask t : inbox.mine()) {
            RiskCaseRow c = byCase.get(t.caseId());
            items.add(new AgendaItem(AgendaItem.Kind.BREACH_TASK, "task." + t.definitionKey(), t.clientId(), t.level(),
                    c == null ? null : c.latestRatio(), t.due(), "tasks?task=" + t.taskId()));
        }
        for (ContactTask t : contactTasks.open()) {
            items.add(new AgendaItem(AgendaItem.Kind.CONTACT_PLAN, "myDay.kind.CONTACT_PLAN", t.clientId(), null, null,
                    t.dueAt(), "service"));
        }
        for (ServiceRequest r : requests.open()) {
            items.add(new AgendaItem(AgendaItem.Kind.SERVICE_REQUEST, "requestType." + r.type().name(), r.clientId(),
                    null, null, r.dueAt(), "service"));
        }
        int unclaimed = inbox.group().size();
        Set<Long> clientIds = new HashSet<>();
        items.forEach(i -> clientIds.add(i.clientId()));
        inBreach.forEach(c -> clientIds.add(c.clientId()));
        return new MyDaySummary(Agenda.byUrgency(items, clock.instant(), MARKET_ZONE), unclaimed, inBreach,
                clients.clientNames(clientIds), clock.instant());
    }
}
