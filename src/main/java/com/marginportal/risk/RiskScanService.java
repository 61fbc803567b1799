package com.marginportal.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.marginportal.client.AccountValuation;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A risk scan: value every account (one set-based statement), hold each against its lines, and open,
 * escalate, keep or restore its risk case. Idempotent: a scan that finds the same breach changes
 * nothing but the latest figures. The case changes and their events commit in one transaction: each event is stored
 * there as a publication (Spring Modulith's Event Publication Registry) and handed to its listeners after the commit,
 * so a node that stops in between leaves the event outstanding, never lost (docs/architecture.md, "Events").
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
    private final TransactionTemplate tx;

    RiskScanService(AccountValuationService valuation, LineProfileService profiles,
                    ObjectProvider<RiskClassSource> riskClasses, RiskCaseStore cases, RiskScanLog scans,
                    ApplicationEventPublisher events, CurrentUser currentUser, Clock clock, RiskMetrics metrics,
                    TransactionTemplate tx) {
        this.valuation = valuation;
        this.profiles = profiles;
        this.riskClasses = riskClasses;
        this.cases = cases;
        this.scans = scans;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.metrics = metrics;
        this.tx = tx;
    }

    /** A scan asked for by a manager or admin in the portal. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public ScanResult scanNow() {
        return scan(ScanTrigger.MANUAL);
    }

    /** A scan started by the system (schedule, import, startup). */
    public ScanResult scan(ScanTrigger trigger) {
        return scan(trigger, null);
    }

    /**
     * A scan that holds the accounts to the figures of a valuation run just made (an import values first, then
     * reclassifies from those figures, then scans, see {@link ImportRescan}); null: value every account now.
     */
    ScanResult scan(ScanTrigger trigger, ValuationRun valued) {
        long started = System.nanoTime();
        long scanId = scans.start(trigger, currentUser.usernameOrSystem(), clock.instant());
        try {
            ValuationRun run = valued != null ? valued : valuation.valueAll();
            long read = System.nanoTime();
            LineBook book = new LineBook(profiles.profiles(),
                    riskClasses.getIfAvailable(() -> Map::of).riskClassByClientId());
            Map<Long, OpenCase> open = cases.openCases();
            Changes changes = new Changes();
            // only accounts that can change something: the rest are above every line and hold no episode
            valuation.forEachValuationToCheck(run.id(), book.highestRatioLine(), book.lowestFinancingRatioLine(),
                    v -> changes.decide(open.get(v.accountId()), v, book));
            Instant at = clock.instant();
            long written = System.nanoTime();
            Outcome outcome = tx.execute(status -> {
                Outcome done = write(scanId, run, changes, at);
                done.publish(events); // stored with the changes, delivered after the commit
                return done;
            });
            ScanPhases phases = new ScanPhases(valued != null ? 0 : run.valueMillis(),
                    valued != null ? 0 : run.copyMillis(), (written - read) / 1_000_000,
                    (System.nanoTime() - written) / 1_000_000);
            ScanResult result = new ScanResult(scanId, run.id(), run.accounts(),
                    changes.toOpen.size() + changes.toEscalate.size() + changes.toKeep.size(), outcome.opened.size(),
                    outcome.escalated.size(), outcome.restored.size(), (System.nanoTime() - started) / 1_000_000,
                    phases);
            scans.finish(result, clock.instant());
            metrics.scanned(trigger, result);
            outcome.opened.forEach(metrics::opened);
            log.info("Risk scan {} ({}): {} accounts, {} in breach, {} opened, {} escalated, {} restored in {} ms {}",
                    scanId, trigger, result.accounts(), result.breaches(), result.opened(), result.escalated(),
                    result.restored(), result.millis(), phases);
            return result;
        } catch (RuntimeException e) {
            scans.fail(scanId, e, clock.instant());
            throw e;
        }
    }

    /** What the scan does with each account, before anything is written. */
    private static final class Changes {
        final List<CaseChange> toOpen = new ArrayList<>();
        final List<CaseChange> toEscalate = new ArrayList<>();
        final List<CaseChange> toKeep = new ArrayList<>();
        final List<CaseChange> toRestore = new ArrayList<>();
        final List<CaseChange> toRelease = new ArrayList<>();

        /**
         * A case bound to the account is held to its own lines (those it was opened with), whatever the client's
         * class is now; an account without one to its current lines ({@link LineBook}). A case a manager decided
         * keeps the episode: restored → released (no notice); worse than its level → released, and a new case
         * opens on the current lines; otherwise kept.
         */
        void decide(OpenCase existing, AccountValuation v, LineBook book) {
            LineBook.Choice lines = existing != null ? existing.lines() : book.linesFor(v);
            if (existing != null && !existing.inHandling()) {
                switch (BreachRules.afterDecision(existing.level(), lines.lines(), v.maintenanceRatio(),
                        v.financingRatio())) {
                    case RELEASE -> toRelease.add(new CaseChange(Kind.RELEASE, existing, v, lines, null));
                    case RELEASE_AND_REOPEN -> {
                        toRelease.add(new CaseChange(Kind.RELEASE, existing, v, lines, null));
                        LineBook.Choice now = book.linesFor(v);
                        BreachRules.assess(now.lines(), v.maintenanceRatio(), v.financingRatio())
                                .ifPresent(b -> toOpen.add(new CaseChange(Kind.OPEN, null, v, now, b)));
                    }
                    case KEEP -> toKeep.add(new CaseChange(Kind.KEEP, existing, v, lines, null));
                }
                return;
            }
            CaseDecision decision = BreachRules.decide(existing == null ? null : existing.level(), lines.lines(),
                    v.maintenanceRatio(), v.financingRatio());
            switch (decision.action()) {
                case OPEN -> toOpen.add(new CaseChange(Kind.OPEN, null, v, lines, decision.breach()));
                case ESCALATE -> toEscalate.add(new CaseChange(Kind.ESCALATE, existing, v, lines, decision.breach()));
                case KEEP -> toKeep.add(new CaseChange(Kind.KEEP, existing, v, lines, null));
                case RESTORE -> toRestore.add(new CaseChange(Kind.RESTORE, existing, v, lines, null));
                case NONE -> { }
            }
        }
    }

    private Outcome write(long scanId, ValuationRun run, Changes changes, Instant at) {
        Outcome outcome = new Outcome();
        List<Object[]> caseEvents = new ArrayList<>();
        // released first: a worse breach after a decided case opens its new case on the freed account
        for (CaseChange c : cases.release(scanId, changes.toRelease)) {
            AccountSnapshot snapshot = AccountSnapshot.of(c.valuation(), run.valuedAt());
            caseEvents.add(cases.event(c.existing().id(), at, "RELEASED", c.existing().level(), scanId, snapshot));
        }
        Map<Long, Long> openedIds = cases.open(scanId, changes.toOpen, at);
        for (CaseChange c : changes.toOpen) {
            Long caseId = openedIds.get(c.valuation().accountId());
            if (caseId != null) {
                AccountSnapshot snapshot = AccountSnapshot.of(c.valuation(), run.valuedAt());
                caseEvents.add(cases.event(caseId, at, "OPENED", c.breach().level(), scanId, snapshot));
                outcome.opened.add(new BreachDetected(caseId, c.valuation().accountId(), c.valuation().clientId(),
                        c.breach().level(), c.breach().reason(), c.lines().lines(), snapshot));
            }
        }
        for (CaseChange c : cases.escalate(scanId, changes.toEscalate, at)) {
            AccountSnapshot snapshot = AccountSnapshot.of(c.valuation(), run.valuedAt());
            caseEvents.add(cases.event(c.existing().id(), at, "ESCALATED", c.breach().level(), scanId, snapshot));
            outcome.escalated.add(new BreachEscalated(c.existing().id(), c.valuation().accountId(),
                    c.valuation().clientId(), c.existing().level(), c.breach().level(), c.lines().lines(), snapshot));
        }
        cases.refresh(scanId, changes.toKeep);
        for (CaseChange c : changes.toKeep) { // the refresh wrote the branch the client is in now
            Long from = c.existing().latest().branchId();
            if (c.existing().inHandling() && from != null && from != c.valuation().branchId()) {
                outcome.movedBranch.add(new CaseBranchMoved(c.existing().id(), c.valuation().clientId(), from,
                        c.valuation().branchId()));
            }
        }
        for (CaseChange c : cases.restore(scanId, changes.toRestore, at)) {
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
        final List<CaseBranchMoved> movedBranch = new ArrayList<>();

        void publish(ApplicationEventPublisher events) {
            opened.forEach(events::publishEvent);
            escalated.forEach(events::publishEvent);
            restored.forEach(events::publishEvent);
            movedBranch.forEach(events::publishEvent);
        }
    }
}
