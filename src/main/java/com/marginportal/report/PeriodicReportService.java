package com.marginportal.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.client.DisplayLines;
import com.marginportal.client.HeldLines;
import com.marginportal.client.PeriodicReportClients;
import com.marginportal.client.ReportRecipient;
import com.marginportal.notification.PeriodicReportRequest;
import com.marginportal.notification.ReportNotices;
import com.marginportal.security.StaffContact;
import com.marginportal.security.StaffContacts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Monthly report e-mails for the clients who asked for them: the account's latest figures, the month's trades
 * and the recommendations that apply, through the notification outbox. Idempotent: one report per client and
 * month (the outbox's dedup key), and a month whose run went through is not looked at again.
 */
@Service
public class PeriodicReportService {

    private static final Logger log = LoggerFactory.getLogger(PeriodicReportService.class);
    private static final int PAGE = 500;

    private final PeriodicReportClients clients;
    private final ReportRecommendations recommendations;
    private final ReportNotices notices;
    private final StaffContacts staff;
    private final TradingCalendarService calendar;
    private final PeriodicReportRunStore runs;
    private final HeldLines lines;
    private final Clock clock;

    PeriodicReportService(PeriodicReportClients clients, ReportRecommendations recommendations, ReportNotices notices,
                          StaffContacts staff, TradingCalendarService calendar, PeriodicReportRunStore runs,
                          HeldLines lines, Clock clock) {
        this.lines = lines;
        this.clients = clients;
        this.recommendations = recommendations;
        this.notices = notices;
        this.staff = staff;
        this.calendar = calendar;
        this.runs = runs;
        this.clock = clock;
    }

    /** The scheduled entry: the previous month's reports, from this month's first trading day until done. */
    public int sendDue() {
        LocalDate today = LocalDate.now(clock.withZone(ReportPeriod.MARKET_ZONE));
        Optional<ReportPeriod> due = ReportPeriod.dueOn(today, calendar.calendar()::isTradingDay);
        if (due.isEmpty() || runs.completed(due.get().month())) {
            return 0;
        }
        int reports = send(due.get().month());
        runs.complete(due.get().month(), reports, clock.instant());
        return reports;
    }

    /** Every opted-in client's report of the month (enqueued now or before); a failing client does not stop the run. */
    public int send(YearMonth month) {
        ReportPeriod period = new ReportPeriod(month);
        int reports = 0;
        int failed = 0;
        long after = 0;
        for (List<ReportRecipient> page = clients.page(period.start(), period.end(), after, PAGE); !page.isEmpty();
             page = clients.page(period.start(), period.end(), after, PAGE)) {
            for (ReportRecipient r : page) {
                try {
                    notices.enqueue(request(r, month));
                    reports++;
                } catch (RuntimeException e) { // e.g. an address the mail system will not take: staff fix the data
                    failed++;
                    log.warn("No {} report for client {}: {}", month, r.clientId(), e.getMessage());
                }
            }
            after = page.get(page.size() - 1).clientId();
        }
        log.info("Periodic reports of {}: {} enqueued or already there, {} failed", month, reports, failed);
        return reports;
    }

    private PeriodicReportRequest request(ReportRecipient r, YearMonth month) {
        Optional<StaffContact> advisor = Optional.ofNullable(r.advisorId()).flatMap(staff::byId);
        boolean english = r.preferredLanguage() != null && r.preferredLanguage().startsWith("en");
        DisplayLines held = lines.forClient(r.clientId()).lines(); // as the client's 360 view shows them
        return new PeriodicReportRequest(r.clientId(), r.branchId(), r.email(), r.name(), r.preferredLanguage(),
                r.maskedAccountNumber(),
                advisor.map(StaffContact::displayName).orElse(english ? "Client Service Centre" : "客户服务中心"),
                advisor.map(StaffContact::phone).orElse(null), month, r.valuedAt(), r.maintenanceRatio(),
                held.warning(), held.marginCall(), held.liquidation(),
                r.totalAssets(), r.totalDebt(), r.cash(), r.tradesInPeriod(),
                recommendations.forClient(r.clientId(), r.preferredLanguage()));
    }
}
