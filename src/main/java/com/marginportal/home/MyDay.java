package com.marginportal.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marginportal.calendar.TradingCalendar;
import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.client.AccountSummary;
import com.marginportal.client.ClientDirectory;
import com.marginportal.home.domain.Agenda;
import com.marginportal.home.domain.AgendaItem;
import com.marginportal.home.domain.ContractTerm;
import com.marginportal.risk.CaseFilter;
import com.marginportal.risk.RiskCaseQueries;
import com.marginportal.risk.RiskCaseRow;
import com.marginportal.service.ServiceRequest;
import com.marginportal.service.ServiceRequests;
import com.marginportal.workflow.InboxFilter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "What needs me now?": the signed-in user's breach tasks, contact-plan tasks and service requests in one agenda by
 * urgency, the work of their group, their clients in breach, and their credit contracts falling due. Each source
 * applies the caller's scope. The tasks come from the inbox's own source ({@link WorkList}), so the home page and the
 * inbox count the same tasks. The agenda lists the first {@value #AGENDA_SHOWN} tasks and requests (and says how many
 * there are); the figures count them all.
 */
@Service
public class MyDay {

    static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");
    /** The agenda lists at most this many tasks and as many requests, soonest due first; the inbox lists them all. */
    public static final int AGENDA_SHOWN = 500;
    private static final int CASES_SHOWN = 50;
    private static final int CONTRACTS_SHOWN = 50;

    private final WorkList workList;
    private final ServiceRequests requests;
    private final RiskCaseQueries cases;
    private final ClientDirectory clients;
    private final TradingCalendarService calendar;
    private final Clock clock;

    MyDay(WorkList workList, ServiceRequests requests, RiskCaseQueries cases, ClientDirectory clients,
          TradingCalendarService calendar, Clock clock) {
        this.workList = workList;
        this.requests = requests;
        this.cases = cases;
        this.clients = clients;
        this.calendar = calendar;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public MyDaySummary today() {
        List<RiskCaseRow> inBreach = cases.search(CaseFilter.OPEN, 0, CASES_SHOWN);
        Map<Long, RiskCaseRow> byCase = inBreach.stream().collect(Collectors.toMap(RiskCaseRow::caseId, Function.identity()));
        List<AgendaItem> items = new ArrayList<>();
        for (WorkItem t : workList.page(WorkList.Tab.MINE, InboxFilter.ANY, 0, AGENDA_SHOWN)) {
            RiskCaseRow c = t.breachTask() == null ? null : byCase.get(t.breachTask().caseId());
            items.add(new AgendaItem(t.kind(), t.titleKey(), t.clientId(), t.level(),
                    c == null ? null : c.reason().name(), c == null ? null : c.latestRatio(), t.due(), t.link()));
        }
        for (ServiceRequest r : requests.open(0, AGENDA_SHOWN)) {
            items.add(new AgendaItem(AgendaItem.Kind.SERVICE_REQUEST, "requestType." + r.type().name(), r.clientId(),
                    null, null, null, r.dueAt(), "service"));
        }
        Set<Long> clientIds = new HashSet<>();
        items.forEach(i -> clientIds.add(i.clientId()));
        inBreach.forEach(c -> clientIds.add(c.clientId()));
        Instant now = clock.instant();
        Instant tomorrow = LocalDate.ofInstant(now, MARKET_ZONE).plusDays(1).atStartOfDay(MARKET_ZONE).toInstant();
        TaskCounts tasks = workList.counts();
        long overdue = workList.countMineDueBefore(now) + requests.countDueBefore(now);
        long dueToday = workList.countMineDueBefore(tomorrow) + requests.countDueBefore(tomorrow) - overdue;
        return new MyDaySummary(Agenda.byUrgency(items, now, MARKET_ZONE), tasks.mine() + requests.counts().open(),
                overdue, dueToday, tasks, inBreach, clients.clientNames(clientIds), contractsDue(now), now);
    }

    /** The contracts with debt that have expired or expire soon (the client page's rule), soonest first. */
    private MyDaySummary.ContractsDue contractsDue(Instant now) {
        TradingCalendar days = calendar.calendar();
        LocalDate today = LocalDate.ofInstant(now, MARKET_ZONE);
        List<MyDaySummary.Contract> shown = clients.contractsDue(today, CONTRACTS_SHOWN).stream()
                .map(c -> new MyDaySummary.Contract(c, ContractTerm.of(c.expiry(), today, days))).toList();
        long total = shown.size() < CONTRACTS_SHOWN ? shown.size() : clients.countContractsDue(today);
        return new MyDaySummary.ContractsDue(shown, total, AccountSummary.EXPIRY_NOTICE_DAYS);
    }
}
