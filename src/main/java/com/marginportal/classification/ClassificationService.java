package com.marginportal.classification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.marginportal.TimeConfiguration;
import com.marginportal.classification.domain.Classification;
import com.marginportal.classification.domain.ClassificationRules;
import com.marginportal.classification.domain.ClassificationThresholds;
import com.marginportal.classification.domain.ClientFacts;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.classification.domain.FactsFromActivity;
import com.marginportal.client.ClientActivity;
import com.marginportal.client.ClientActivityQuery;
import com.marginportal.client.ClientDirectory;
import com.marginportal.risk.LineProfileService;
import com.marginportal.risk.RiskLineProfile;
import com.marginportal.security.AuditLog;
import com.marginportal.security.CurrentUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Computes every client's four classifications from their data (one streaming pass, written in chunks),
 * shows them with their reasons, and takes managers' overrides, which recalculation never undoes.
 */
@Service
public class ClassificationService {

    private static final Logger log = LoggerFactory.getLogger(ClassificationService.class);
    private static final int CHUNK = 1000;
    static final int PERIOD_MONTHS = 6;
    private static final int TRADING_DAYS_IN_PERIOD = 122;

    private final ClientActivityQuery activity;
    private final ClientDirectory clients;
    private final LineProfileService lines;
    private final ThresholdStore thresholds;
    private final ClassificationStore store;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final SuitabilityCheck suitability;
    private final Clock clock;

    ClassificationService(ClientActivityQuery activity, ClientDirectory clients, LineProfileService lines,
                          ThresholdStore thresholds, ClassificationStore store, AuditLog auditLog,
                          CurrentUser currentUser, SuitabilityCheck suitability, Clock clock) {
        this.activity = activity;
        this.clients = clients;
        this.lines = lines;
        this.thresholds = thresholds;
        this.store = store;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.suitability = suitability;
        this.clock = clock;
    }

    /**
     * Recalculates every client's classes and suitability; used after imports, nightly and at start-up.
     * @return clients classified
     */
    public int recalculateAll() {
        long started = System.nanoTime();
        ThresholdStore.Versioned current = thresholds.current();
        ClassificationRules rules = new ClassificationRules(current.thresholds());
        Instant now = clock.instant();
        List<ClassificationStore.Computed> chunk = new ArrayList<>(CHUNK * 4);
        SuitabilityCheck.Batch suitable = suitability.batch();
        int[] count = {0};
        forEachFacts((activity, facts) -> {
            for (Classification c : rules.classify(facts)) {
                chunk.add(new ClassificationStore.Computed(activity.clientId(), c));
            }
            suitable.add(activity);
            if (++count[0] % CHUNK == 0) {
                flush(chunk, suitable, now, current.version());
            }
        });
        flush(chunk, suitable, now, current.version());
        log.info("Classified {} clients (thresholds v{}) in {} ms", count[0], current.version(),
                (System.nanoTime() - started) / 1_000_000);
        return count[0];
    }

    private void flush(List<ClassificationStore.Computed> chunk, SuitabilityCheck.Batch suitable, Instant now, int version) {
        if (chunk.isEmpty()) {
            return;
        }
        store.replace(chunk, now, version);
        suitable.flush(chunk.get(0).clientId(), chunk.get(chunk.size() - 1).clientId(), now);
        chunk.clear();
    }

    /** The thresholds in force and their version (for the settings view). */
    @PreAuthorize("hasRole('ADMIN')")
    public ClassificationThresholds thresholds() {
        return thresholds.current().thresholds();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int thresholdsVersion() {
        return thresholds.current().version();
    }

    /** How many clients the proposed thresholds would move, per dimension; changes nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    public ThresholdChange preview(ClassificationThresholds proposed) {
        ClassificationRules now = new ClassificationRules(thresholds.current().thresholds());
        ClassificationRules next = new ClassificationRules(proposed);
        Map<Long, Set<Dimension>> overridden = store.overriddenDimensions(LocalDate.now(clock));
        Map<String, Map<String, Long>> moves = new TreeMap<>();
        int[] clients = {0};
        forEachFacts((activity, facts) -> {
            long clientId = activity.clientId();
            clients[0]++;
            List<Classification> before = now.classify(facts);
            List<Classification> after = next.classify(facts);
            for (int i = 0; i < before.size(); i++) {
                Dimension d = before.get(i).dimension();
                if (!before.get(i).value().equals(after.get(i).value())
                        && !overridden.getOrDefault(clientId, Set.of()).contains(d)) {
                    moves.computeIfAbsent(d.name(), k -> new TreeMap<>())
                            .merge(before.get(i).value() + " → " + after.get(i).value(), 1L, Long::sum);
                }
            }
        });
        return new ThresholdChange(moves, clients[0]);
    }

    /**
     * Saves new thresholds as the next version (refused when someone saved since {@code basedOnVersion}),
     * audits old → new and reclassifies every client.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int updateThresholds(ClassificationThresholds proposed, int basedOnVersion) {
        ThresholdStore.Versioned current = thresholds.current();
        if (current.version() != basedOnVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("thresholds changed meanwhile");
        }
        try {
            thresholds.add(basedOnVersion + 1, proposed, currentUser.usernameOrSystem(),
                    java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new org.springframework.dao.OptimisticLockingFailureException("thresholds changed meanwhile", e);
        }
        auditLog.record("CLASSIFICATION_THRESHOLDS_CHANGED", "CLASSIFICATION_THRESHOLDS", String.valueOf(basedOnVersion + 1),
                "v" + basedOnVersion + " " + current.thresholds() + " → v" + (basedOnVersion + 1) + " " + proposed);
        return recalculateAll();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int recalculateNow() {
        int n = recalculateAll();
        auditLog.record("CLASSIFICATION_RECALCULATED", "CLASSIFICATION", null, n + " clients");
        return n;
    }

    /** Every client's facts over the analysis period, in client-number order. */
    private void forEachFacts(java.util.function.BiConsumer<ClientActivity, ClientFacts> consumer) {
        var defaultWarning = lines.profiles().stream().filter(RiskLineProfile::isDefault).findFirst()
                .orElseThrow().lines().warning();
        Instant since = ZonedDateTime.ofInstant(clock.instant(), TimeConfiguration.MARKET_ZONE)
                .minusMonths(PERIOD_MONTHS).toInstant();
        activity.forEach(since, a -> consumer.accept(a, FactsFromActivity.facts(a.riskTolerance(),
                a.advisoryAgreement(), a.specialWarningLine() == null ? defaultWarning : a.specialWarningLine(),
                a.financingRatio(), a.maintenanceRatio(), a.totalAssets(), a.longMarketValue(), a.volatileValue(),
                a.trades(), a.tradedAmount(), a.boughtAmount(), a.contacts(), a.advisorInitiatedContacts(),
                PERIOD_MONTHS, TRADING_DAYS_IN_PERIOD)));
    }

    /** The client's classifications, or none when the client is outside the caller's scope. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public List<ClientClassification> classificationsOf(long clientId) {
        if (clients.clientNames(List.of(clientId)).isEmpty()) {
            return List.of();
        }
        return store.forClient(clientId, LocalDate.now(clock));
    }

    /** A manager's override: a value of the dimension, a mandatory reason, an optional last day; audited. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public void override(long clientId, Dimension dimension, String value, String reason, LocalDate validUntil) {
        if (!dimension.allows(value) || Dimension.UNCLASSIFIED.equals(value)) {
            throw new IllegalArgumentException(value + " is not a value of " + dimension);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override needs a reason");
        }
        if (validUntil != null && validUntil.isBefore(LocalDate.now(clock))) {
            throw new IllegalArgumentException("the override cannot end in the past");
        }
        if (clients.clientNames(List.of(clientId)).isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("client not found or not permitted");
        }
        String before = store.forClient(clientId, LocalDate.now(clock)).stream()
                .filter(c -> c.dimension() == dimension).findFirst().map(ClientClassification::effectiveValue).orElse("none");
        store.override(clientId, dimension, value, "none".equals(before) ? null : before, reason.strip(),
                currentUser.usernameOrSystem(), clock.instant(), validUntil);
        auditLog.record("CLASSIFICATION_OVERRIDDEN", "CLIENT", String.valueOf(clientId),
                dimension + ": " + before + " → " + value + " (" + reason.strip() + ")"
                        + (validUntil == null ? "" : " until " + validUntil));
    }

    /** The client's class changes (recalculation and overrides), newest first; none outside the caller's scope. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    public List<ClassificationChange> changesOf(long clientId) {
        if (clients.clientNames(List.of(clientId)).isEmpty()) {
            return List.of();
        }
        return store.changes(clientId);
    }

    /**
     * System API (no user: jobs such as contact plans): the clients whose effective value of a dimension is
     * {@code value} today, an override in force winning over the computed value.
     */
    public Set<Long> clientsWithEffective(Dimension dimension, String value) {
        if (!dimension.allows(value)) {
            throw new IllegalArgumentException(value + " is not a value of " + dimension);
        }
        return store.clientsWithEffective(dimension, value, LocalDate.now(clock));
    }

    /** The effective risk level of every client (for the risk lines of a class). */
    java.util.Map<Long, String> riskLevels() {
        return store.effective(Dimension.RISK_LEVEL, LocalDate.now(clock));
    }
}
