package com.marginportal.demo;

import static com.marginportal.demo.DemoRandom.between;
import static com.marginportal.demo.DemoRandom.chance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import com.marginportal.calendar.TradingCalendar;
import com.marginportal.demo.PastCasePlan.Event;
import com.marginportal.notification.NoticeType;
import com.marginportal.risk.AccountSnapshot;
import com.marginportal.workflow.ContactForm;
import com.marginportal.workflow.ManagerDecision;
import com.marginportal.workflow.PastCase;

/**
 * Plans one past breach case on the default lines (warning 140%, margin call 130%, liquidation 110%, target 140%,
 * 2 trading days): detected by a scan on a trading day, told by e-mail within a minute, called by the advisor,
 * and mostly restored — a warning within 1–3 trading days, a margin call by its deadline — a few margin calls
 * overdue and decided by the branch manager (an extension, a forced liquidation, a closing). Plain Java.
 */
final class PastCaseFactory {

    static final BigDecimal WARNING = new BigDecimal("1.4000");
    static final BigDecimal MARGIN_CALL = new BigDecimal("1.3000");
    static final BigDecimal LIQUIDATION = new BigDecimal("1.1000");
    static final int DEADLINE_DAYS = 2;

    private enum Path { WARNING_RESTORED, WARNING_TO_MARGIN_CALL, MARGIN_CALL, MARGIN_CALL_TO_LIQUIDATION }

    private enum CallEnd { BY_DEADLINE, EXTENSION, FORCED, CLOSED }

    private final TradingCalendar calendar;
    private final PastCaseTexts texts = new PastCaseTexts();

    PastCaseFactory(TradingCalendar calendar) {
        this.calendar = calendar;
    }

    PastCasePlan create(HistoryAccount a, LocalDate openDay, RandomGenerator r) {
        Path path = Path.values()[DemoRandom.weighted(r, 60, 20, 15, 5)];
        Builder b = new Builder(a, r);
        Instant t0 = scan(openDay, LocalTime.of(9, 35), r);
        boolean warningFirst = path == Path.WARNING_RESTORED || path == Path.WARNING_TO_MARGIN_CALL;
        b.detect("OPENED", warningFirst ? "WARNING" : "MARGIN_CALL",
                warningFirst ? ratio(r, "1.3050", "1.3950") : ratio(r, "1.1500", "1.2900"), t0);
        b.contact(t0, path != Path.MARGIN_CALL_TO_LIQUIDATION);
        if (path == Path.WARNING_RESTORED) { // within 1–3 trading days, the day of detection counted
            int later = DemoRandom.weighted(r, 50, 35, 15);
            Instant at = later == 0 ? scanAfter(t0.plus(Duration.ofMinutes(40)), 0, r)
                    : scan(calendar.plusTradingDays(openDay, later), LocalTime.of(9, 35), r);
            b.restore(at, chance(r, 0.65));
            return b.build();
        }
        Instant deadline = calendar.deadline(t0, DEADLINE_DAYS).toInstant();
        if (path == Path.MARGIN_CALL_TO_LIQUIDATION) {
            Instant t1 = t0.plus(Duration.ofMinutes(5L * (2 + r.nextInt(12))));
            b.detect("ESCALATED", "LIQUIDATION", ratio(r, "1.0200", "1.0900"), t1);
            b.decide(ManagerDecision.Kind.FORCED_LIQUIDATION, t1.plus(Duration.ofMinutes(20 + r.nextInt(60))), null,
                    null);
            return b.build();
        }
        if (path == Path.WARNING_TO_MARGIN_CALL) {
            Instant t1 = scanAfter(t0.plus(Duration.ofMinutes(30)), r.nextInt(2), r);
            t1 = t1.isAfter(deadline.minus(Duration.ofHours(3))) ? t0.plus(Duration.ofMinutes(35)) : t1;
            b.detect("ESCALATED", "MARGIN_CALL", ratio(r, "1.1500", "1.2900"), t1);
            b.contact(t1, true);
        }
        CallEnd end = CallEnd.values()[DemoRandom.weighted(r, 75, 12, 9, 4)];
        if (end == CallEnd.BY_DEADLINE) {
            Instant from = b.lastEventAt().plus(Duration.ofMinutes(50));
            Instant at = scanAfter(from, r.nextInt(2), r);
            b.restore(at.isBefore(deadline) ? at : deadline.minus(Duration.ofMinutes(10)), chance(r, 0.8));
            return b.build();
        }
        Instant decidedAt = deadline.plus(Duration.ofMinutes(15 + r.nextInt(90)));
        switch (end) {
            case EXTENSION -> {
                Instant newDeadline = calendar.deadline(decidedAt, 1).toInstant();
                b.decide(ManagerDecision.Kind.EXTENSION, decidedAt, newDeadline, deadline);
                Instant at = scanAfter(decidedAt, 0, r);
                b.restore(at.isBefore(newDeadline) ? at : newDeadline.minus(Duration.ofMinutes(20)), true);
            }
            case FORCED -> b.decide(ManagerDecision.Kind.FORCED_LIQUIDATION, decidedAt, null, null);
            default -> b.decide(ManagerDecision.Kind.CLOSE, decidedAt, null, null);
        }
        return b.build();
    }

    /**
     * A scan after {@code from}, {@code laterDays} trading days on: the same day while its sessions last, else
     * from the next trading day's opening.
     */
    private Instant scanAfter(Instant from, int laterDays, RandomGenerator r) {
        var local = from.atZone(MarketTime.ZONE);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime().plusMinutes(5);
        if (!calendar.isTradingDay(day) || local.toLocalTime().isAfter(LocalTime.of(14, 50))) {
            day = calendar.nextTradingDay(day);
            time = LocalTime.of(9, 35);
        }
        if (laterDays > 0) {
            day = calendar.plusTradingDays(day, laterDays);
            time = LocalTime.of(9, 35);
        }
        return scan(day, time, r);
    }

    /** A scan on a trading day at or after {@code from}: every 5 minutes in the sessions, or the 15:05 close scan. */
    private static Instant scan(LocalDate day, LocalTime from, RandomGenerator r) {
        List<LocalTime> ticks = new ArrayList<>();
        for (LocalTime t = LocalTime.of(9, 35); !t.isAfter(LocalTime.of(14, 55)); t = t.plusMinutes(5)) {
            if ((t.isBefore(LocalTime.of(11, 31)) || t.isAfter(LocalTime.of(13, 0))) && !t.isBefore(from)) {
                ticks.add(t);
            }
        }
        LocalTime tick = ticks.isEmpty() || chance(r, 0.12) ? LocalTime.of(15, 5) : ticks.get(r.nextInt(ticks.size()));
        return day.atTime(tick).plusSeconds(r.nextInt(20)).plusNanos(r.nextInt(1000) * 1_000_000L)
                .atZone(MarketTime.ZONE).toInstant();
    }

    private static BigDecimal ratio(RandomGenerator r, String low, String high) {
        return BigDecimal.valueOf(between(r, Double.parseDouble(low), Double.parseDouble(high)))
                .setScale(4, RoundingMode.HALF_UP);
    }

    /** Collects one case's events and handling in time order. */
    private final class Builder {
        private final HistoryAccount a;
        private final RandomGenerator r;
        private final BigDecimal debt;
        private final BigDecimal cash;
        private final List<Event> events = new ArrayList<>();
        private final List<PastCase.Notice> notices = new ArrayList<>();
        private final List<PastCase.Contact> contacts = new ArrayList<>();
        private final List<PastCase.Decision> decisions = new ArrayList<>();
        private String level;
        private String status = "RESTORED";
        private Instant closedAt;

        Builder(HistoryAccount a, RandomGenerator r) {
            this.a = a;
            this.r = r;
            this.debt = a.totalDebt();
            this.cash = a.cash().min(debt.multiply(new BigDecimal("0.05"))).setScale(2, RoundingMode.HALF_UP);
        }

        Instant lastEventAt() {
            return events.get(events.size() - 1).at();
        }

        void detect(String type, String newLevel, BigDecimal ratio, Instant at) {
            level = newLevel;
            BigDecimal assets = debt.multiply(ratio).setScale(2, RoundingMode.HALF_UP);
            events.add(new Event(type, newLevel, at, snapshot(at, cash, assets.subtract(cash))));
            Instant created = at.plusMillis(2000 + r.nextInt(12_000));
            Instant sent = created.plusMillis(3000 + r.nextInt(40_000));
            notices.add(new PastCase.Notice(NoticeType.valueOf(newLevel), created, sent,
                    chance(r, 0.45) ? sent.plus(Duration.ofMinutes(5 + r.nextInt(300))) : null));
        }

        void contact(Instant after, boolean reachable) {
            if (a.advisor() == null) {
                return;
            }
            Instant at = after.plus(Duration.ofMinutes(10 + r.nextInt(90)));
            if (!reachable || chance(r, 0.25)) {
                contacts.add(new PastCase.Contact(at, a.advisor(), texts.unreached(r)));
                at = at.plus(Duration.ofMinutes(30 + r.nextInt(60)));
                if (!reachable) {
                    return;
                }
            }
            LocalDate promised = calendar.nextTradingDay(at.atZone(MarketTime.ZONE).toLocalDate());
            contacts.add(new PastCase.Contact(at, a.advisor(), texts.reached(r, promised)));
        }

        /** Restored at a scan by a top-up (more cash) or by the market (higher prices, same cash). */
        void restore(Instant at, boolean topUp) {
            BigDecimal assets = debt.multiply(ratio(r, "1.4200", "1.6500")).setScale(2, RoundingMode.HALF_UP);
            AccountSnapshot last = events.get(events.size() - 1).snapshot();
            AccountSnapshot restored = topUp ? snapshot(at, assets.subtract(last.longMarketValue()), last.longMarketValue())
                    : snapshot(at, cash, assets.subtract(cash));
            events.add(new Event("RESTORED", level, at, restored));
        }

        /** @param held an extension's: the margin call's deadline it moves */
        void decide(ManagerDecision.Kind kind, Instant at, Instant newDeadline, Instant held) {
            decisions.add(new PastCase.Decision(kind, texts.decisionReason(kind, r), newDeadline, held, a.manager(),
                    at));
            if (kind != ManagerDecision.Kind.EXTENSION) {
                status = kind == ManagerDecision.Kind.FORCED_LIQUIDATION ? "HANDED_OFF" : "CLOSED";
                closedAt = at;
                events.add(new Event(status, level, at, events.get(events.size() - 1).snapshot()));
            }
        }

        PastCasePlan build() {
            Instant end = lastEventAt();
            Instant resolvedAt = end.plusMillis(1000 + r.nextInt(3000));
            // what had not happened by the end did not happen: an acknowledgement comes before the closing
            List<PastCase.Notice> told = notices.stream().map(n -> n.acknowledgedAt() == null
                    || n.acknowledgedAt().isBefore(end) ? n
                    : new PastCase.Notice(n.type(), n.createdAt(), n.sentAt(), null)).toList();
            List<PastCase.Contact> called = contacts.stream().filter(c -> c.at().isBefore(end)).toList();
            PastCase handling = new PastCase(0, told, called, decisions, resolvedAt,
                    resolvedAt.plusMillis(6000 + r.nextInt(30_000)));
            return new PastCasePlan(a, status, level, List.copyOf(events), closedAt,
                    closedAt == null ? null : a.manager(), handling);
        }

        private AccountSnapshot snapshot(Instant at, BigDecimal cashNow, BigDecimal marketValue) {
            BigDecimal assets = cashNow.add(marketValue);
            BigDecimal ratio = assets.divide(debt, 4, RoundingMode.HALF_UP);
            BigDecimal financingRatio = a.financingDebt().divide(assets, 4, RoundingMode.HALF_UP);
            BigDecimal available = assets.subtract(debt).multiply(new BigDecimal("0.5")).setScale(2, RoundingMode.HALF_UP)
                    .max(BigDecimal.ZERO.setScale(2));
            return new AccountSnapshot(a.accountId(), a.clientId(), at, 0, cashNow, marketValue, assets,
                    a.financingDebt(), a.shortLiability(), a.interestAndFees(), debt, ratio, available, financingRatio);
        }
    }
}
