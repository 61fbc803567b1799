package com.marginportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.marginportal.calendar.TradingCalendar;
import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.workflow.PastCases;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's past: months of ended breach cases on the demo accounts (events, notices, contacts, decisions,
 * acknowledgements, resolution records — the handling written by {@link PastCases} through the features' own
 * code) and the clients' past service requests. Deterministic for a seed and a date; written once (a second call
 * finds the history and adds nothing). Runs after the demo data is valued ({@link DemoDataLoader}).
 */
@Component
public class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    /** One past case per this many demo clients: about two a trading day for the default 2,000 clients. */
    static final int CLIENTS_PER_CASE = 8;
    /** Cases open on a day at least this many trading days back, so each has ended before today. */
    static final int LAST_OPENING_DAYS_BACK = 7;
    private static final int RECENT_EVERY = 5;
    private static final int RECENT_DAYS = 12;

    private final HistoryStore store;
    private final PastCases pastCases;
    private final TradingCalendarService calendars;
    private final ServiceHistory serviceHistory;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoHistory(HistoryStore store, PastCases pastCases, TradingCalendarService calendars,
                ServiceHistory serviceHistory, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.pastCases = pastCases;
        this.calendars = calendars;
        this.serviceHistory = serviceHistory;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Writes {@code months} of history for the demo clients 1..{@code clients}; nothing when it exists already.
     *
     * @return the number of past cases written
     */
    public int generate(int clients, long seed, int months) {
        if (store.hasHistory()) {
            log.info("Demo history not generated: it exists already");
            return 0;
        }
        LocalDate today = clock.instant().atZone(MarketTime.ZONE).toLocalDate();
        TradingCalendar calendar = calendars.calendar();
        List<LocalDate> days = new ArrayList<>();
        LocalDate last = today;
        for (int i = 0; i < LAST_OPENING_DAYS_BACK; i++) {
            last = calendar.previousTradingDay(last);
        }
        for (LocalDate d = calendar.nextTradingDay(today.minusMonths(months)); !d.isAfter(last); d = calendar.nextTradingDay(d)) {
            days.add(d);
        }
        List<HistoryAccount> accounts = new ArrayList<>(store.accountsWithDebt(ClientFactory.clientId(clients)));
        if (days.isEmpty() || accounts.isEmpty()) {
            return 0;
        }
        SplittableRandom r = DemoRandom.forPart(seed, "history");
        Collections.shuffle(accounts, new java.util.Random(r.nextLong()));
        int count = Math.min(accounts.size(), Math.max(1, clients / CLIENTS_PER_CASE));
        PastCaseFactory factory = new PastCaseFactory(calendar);
        List<PastCasePlan> plans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SplittableRandom caseRandom = DemoRandom.forPart(seed, "history-case-" + i);
            // every fifth case in the last weeks: the dashboard's 30-day window is never empty
            int from = i % RECENT_EVERY == 0 ? Math.max(0, days.size() - RECENT_DAYS) : 0;
            LocalDate day = days.get(from + caseRandom.nextInt(days.size() - from));
            plans.add(factory.create(accounts.get(i), day, caseRandom));
        }
        plans.sort(Comparator.comparing(p -> p.opened().at())); // case ids in the order the cases opened
        Map<String, Integer> outcomes = new HashMap<>();
        tx.executeWithoutResult(status -> {
            List<Long> ids = store.insertCases(plans);
            for (int i = 0; i < plans.size(); i++) {
                outcomes.merge(pastCases.record(plans.get(i).handlingOf(ids.get(i))).name(), 1, Integer::sum);
            }
            serviceHistory.write(clients, seed, days);
        });
        log.info("Demo history: {} past cases from {} ({})", plans.size(), days.get(0), outcomes);
        return plans.size();
    }
}
