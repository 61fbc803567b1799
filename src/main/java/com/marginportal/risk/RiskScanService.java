package com.marginportal.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.marginportal.client.AccountValuationService;
import com.marginportal.client.ValuationRun;
import com.marginportal.risk.CaseChange.Kind;
import com.marginportal.risk.CaseChange.OpenCase;
import com.marginportal.risk.domain.BreachRules;
import com.marginportal.risk.domain.CaseDecision;
import com.marginportal.security.CurrentUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A risk scan: value every account (one set-based statement), hold each against its lines, and open,
 * escalate, keep or restore its risk case. Idempotent: a scan that finds the same breach changes
 * nothing but the latest figures. Events are published after the changes are committed.
 */
@Service
public class RiskScanService {

    private static final Logger log = LoggerFactory.getLogger(RiskScanService.class);

    private final AccountValuationService valuation;
    private final LineProfileService profiles;
    private final ObjectProvider<RiskClassSource> riskClasses;
    private final RiskCaseStore cases;
    private final RiskScanLog scans;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RiskMetrics metrics;

    RiskScanService(AccountValuationService valuation, LineProfileService profiles,
                    ObjectProvider<RiskClassSource> riskClasses, RiskCaseStore cases, RiskScanLog scans,
                    ApplicationEventPublisher events, CurrentUser currentUser, Clock clock, RiskMetrics metrics) {
        this.valuation = valuation;
        this.profiles = profiles;
        this.riskClasses = riskClasses;
        this.cases = cases;
        this.scans = scans;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** A scan asked for by a manager or admin in the portal. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public ScanResult scanNow() {
        return scan(ScanTrigger.MANUAL);
    }

    /** A scan started by the system (schedule, import, startup). */
    public ScanResult scan(ScanTrigger trigger) {
        long started = System.nanoTime();
        long scanId = scans.start(trigger, currentUser.usernameOrSystem(), clock.instant());
        try {
            ValuationRun run = valuation.valueAll();
            LineBook book = new LineBook(profiles.profiles(),
                    riskClasses.getIfAvailable(() -> Map::of).riskClassByClientId());
            Map<Long, OpenCase> open = cases.openCases();
            List<CaseChange> toOpen = new ArrayList<>();
            List<CaseChange> toEscalate = new ArrayList<>();
            List<CaseChange> toKeep = new ArrayList<>();
            List<CaseChange> toRestore = new ArrayList<>();
            int[] accounts = {0};
            valuation.forEachValuation(run.id(), v -> {
                accounts[0]++;
                LineBook.Choice lines = book.linesFor(v);
                OpenCase existing = open.get(v.accountId());
                CaseDecision decision = BreachRules.decide(existing == null ? null : existing.level(), lines.lines(),
                        v.maintenanceRatio(), v.financingRatio());
                switch (decision.action()) {
                    case OPEN -> toOpen.add(new CaseChange(Kind.OPEN, null, v, lines, decision.breach()));
                    case ESCALATE -> toEscalate.add(new CaseChange(Kind.ESCALATE, existing, v, lines, decision.breach()));
                    case KEEP -> toKeep.add(new CaseChange(Kind.KEEP, existing, v, lines, null));
                    case RESTORE -> toRestore.add(new CaseChange(Kind.RESTORE, existing, v, lines, null));
                    case NONE -> { }
                }
            });
            Instant at = clock.instant();
            Outcome outcome = write(scanId, run, toOpen, toEscalate, toKeep, toRestore, at);
            ScanResult result = new ScanResult(scanId, run.id(), accounts[0],
                    toOpen.size() + toEscalate.size() + toKeep.size(), outcome.opened.size(),
                    outcome.escalated.size(), outcome.restored.size(), (System.nanoTime() - started) / 1_000_000);
            scans.finish(result, clock.instant());
            metrics.scanned(trigger, result);
            outcome.publish(events);
            log.info("Risk scan {} ({}): {} accounts, {} in breach, {} opened, {} escalated, {} restored in {} ms",
                    scanId, trigger, result.accounts(), result.breaches(), result.opened(), result.escalated(),
                    result.restored(), result.millis());
            return result;
        } catch (RuntimeException e) {
            scans.fail(scanId, e, clock.instant());
            throw e;
        }
    }

    private Outcome write(long scanId, ValuationRun run, List<CaseChange> toOpen, List<CaseChange> toEscalate,
                          List<CaseChange> toKeep, List<CaseChange> toRestore, Instant at) {
        Outcome outcome = new Outcome();
        List<Object[]> caseEvents = new ArrayList<>();
        Map<Long, Long> openedIds = cases.open(scanId, toOpen, at);
        for (CaseChange c : toOpen) {
            Long caseId = openedIds.get(c.valuation().accountId());
            if (caseId != null) {
                AccountSnapshot snapshot = AccountSnapshot.of(c.valuation(), run.valuedAt());
                caseEvents.add(cases.event(caseId, at, "OPENED", c.breach().level(), scanId, snapshot));
                outcome.opened.add(new BreachDetected(caseId, c.valuation().accountId(), c.valuation().clientId(),
                        c.breach().level(), c.breach().reason(), c.lines().lines(), snapshot));
            }
        }
        for (CaseChange c : cases.escalate(scanId, toEscalate, at)) {
            AccountSnapshot snapshot = AccountSnapshot.of(c.valuation(), run.valuedAt());
            caseEvents.add(cases.event(c.existing().id(), at, "ESCALATED", c.breach().level(), scanId, snapshot));
            outcome.escalated.add(new BreachEscalated(c.existing().id(), c.valuation().accountId(),
                    c.valuation().clientId(), c.existing().level(), c.breach().level(), c.lines().lines(), snapshot));
        }
        cases.refresh(scanId, toKeep);
        for (CaseChange c : cases.restore(scanId, toRestore, at)) {
            AccountSnapshot snapshot = AccountSnapshot.of(c.valuation(), run.valuedAt());
            caseEvents.add(cases.event(c.existing().id(), at, "RESTORED", c.existing().level(), scanId, snapshot));
            outcome.restored.add(new RatioRestored(c.existing().id(), c.valuation().accountId(),
                    c.valuation().clientId(), c.existing().level(), snapshot));
        }
        cases.recordEvents(caseEvents);
        return outcome;
    }

    private static final class Outcome {
        final List<BreachDetected> opened = new ArrayList<>();
        final List<BreachEscalated> escalated = new ArrayList<>();
        final List<RatioRestored> restored = new ArrayList<>();

        void publish(ApplicationEventPublisher events) {
            opened.forEach(events::publishEvent);
            escalated.forEach(events::publishEvent);
            restored.forEach(events::publishEvent);
        }
    }
}
