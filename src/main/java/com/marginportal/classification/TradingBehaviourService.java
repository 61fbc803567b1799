package com.marginportal.classification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.marginportal.TimeConfiguration;
import com.marginportal.calendar.TradingCalendar;
import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.classification.domain.behaviour.AnalysisPeriod;
import com.marginportal.classification.domain.behaviour.BehaviourAnalysis;
import com.marginportal.classification.domain.behaviour.TradeFact;
import com.marginportal.classification.domain.behaviour.TradingDays;
import com.marginportal.classification.domain.behaviour.ValuationFact;
import com.marginportal.client.ClientTradingHistory;
import com.marginportal.client.TradingHistory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Trading behaviour analysis for the 360 view: reads the client's trades and daily valuations (scoped) and
 * computes the report with the exchanges' trading calendar.
 */
@Service
public class TradingBehaviourService {

    /** The periods offered, in months. */
    public static final List<Integer> PERIODS = List.of(3, 6, 12);
    /** Trades this long before the period are read only to find when its early sales were bought. */
    static final int LOOKBACK_MONTHS = 6;

    private final ClientTradingHistory history;
    private final TradingCalendarService calendars;
    private final ThresholdStore thresholds;
    private final Clock clock;

    TradingBehaviourService(ClientTradingHistory history, TradingCalendarService calendars, ThresholdStore thresholds,
                            Clock clock) {
        this.history = history;
        this.calendars = calendars;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    /** The last {@code months} calendar months (3, 6 or 12) to date; empty for a client outside the scope. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public Optional<TradingBehaviour> analyse(long clientId, int months) {
        if (!PERIODS.contains(months)) {
            throw new IllegalArgumentException("period must be one of " + PERIODS + " months: " + months);
        }
        AnalysisPeriod period = AnalysisPeriod.lastMonths(LocalDate.now(clock), months);
        var since = period.from().minusMonths(LOOKBACK_MONTHS).atStartOfDay(TimeConfiguration.MARKET_ZONE).toInstant();
        return history.since(clientId, since).map(h -> new TradingBehaviour(
                BehaviourAnalysis.analyse(period, trades(h), valuations(h), tradingDays()),
                thresholds.current().thresholds()));
    }

    /** The exchange calendar where its year is loaded, weekdays otherwise (a year without a holiday list). */
    private TradingDays tradingDays() {
        TradingCalendar calendar = calendars.calendar();
        return TradingDays.of(day -> calendar.covers(day.getYear()) ? calendar.isTradingDay(day)
                : TradingDays.isWeekday(day));
    }

    private static List<TradeFact> trades(TradingHistory h) {
        return h.trades().stream().map(t -> new TradeFact(t.tradedAt().atZone(TimeConfiguration.MARKET_ZONE).toLocalDate(),
                t.securityCode(), t.board(), t.tradeType(), t.quantity(), t.amount())).toList();
    }

    private static List<ValuationFact> valuations(TradingHistory h) {
        return h.valuations().stream().map(v -> new ValuationFact(
                v.valuedAt().atZone(TimeConfiguration.MARKET_ZONE).toLocalDate(), v.totalAssets(), v.top1Concentration()))
                .toList();
    }
}
