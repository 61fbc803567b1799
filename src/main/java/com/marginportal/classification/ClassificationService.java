package com.marginportal.classification;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.marginportal.security.AuditText;
import com.marginportal.security.PlainText;
import com.marginportal.classification.domain.Classification;
import com.marginportal.classification.domain.ClassificationRules;
import com.marginportal.classification.domain.ClassificationThresholds;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.client.ClientDirectory;
import com.marginportal.security.AuditLog;
import com.marginportal.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Computes every client's four classifications from their data (one streaming pass, written in chunks),
 * shows them with their reasons, and takes managers' overrides, which recalculation never undoes.
 */
@Service
public class ClassificationService {

    private final ClassificationFacts facts;
    private final RecalculationPass pass;
    private final ClientDirectory clients;
    private final ThresholdStore thresholds;
    private final ClassificationStore store;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClassificationService(ClassificationFacts facts, RecalculationPass pass, ClientDirectory clients,
                          ThresholdStore thresholds, ClassificationStore store, AuditLog auditLog,
                          CurrentUser currentUser, Clock clock) {
        this.facts = facts;
        this.pass = pass;
        this.clients = clients;
        this.thresholds = thresholds;
        this.store = store;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Recalculates every client's classes and suitability (recorded as a run started by the system).
     * @return clients classified
     */
    public int recalculateAll() {
        return pass.all(RunTrigger.SYSTEM, "system");
    }

    /**
     * Recalculates only these clients (e.g. those an import changed): the same result for each as a full pass.
     * @return clients processed
     */
    public int recalculateClients(long[] clientIds) {
        return pass.clients(clientIds, RunTrigger.SYSTEM, "system");
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
        facts.forEach((activity, f) -> {
            long clientId = activity.clientId();
            clients[0]++;
            List<Classification> before = now.classify(f);
            List<Classification> after = next.classify(f);
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
                AuditText.of("thresholdsChanged", basedOnVersion, basedOnVersion + 1, changes(current.thresholds(), proposed)));
        return pass.all(RunTrigger.THRESHOLDS, currentUser.usernameOrSystem());
    }

    /** A full pass now, in the caller's thread (the settings view starts it in the background instead). */
    @PreAuthorize("hasRole('ADMIN')")
    public int recalculateNow() {
        int n = pass.all(RunTrigger.MANUAL, currentUser.usernameOrSystem());
        auditLog.record("CLASSIFICATION_RECALCULATED", "CLASSIFICATION", null, AuditText.of("classificationRecalculated", n));
        return n;
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
        PlainText.requireMultiLine("reason", reason);
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
                AuditText.of(validUntil == null ? "classificationOverridden" : "classificationOverriddenUntil",
                        AuditText.word("dimension." + dimension.name()),
                        "none".equals(before) ? "-" : AuditText.word("class." + before), AuditText.word("class." + value),
                        reason.strip(), validUntil));
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

    /** Some clients' effective risk levels (override in force, else computed); a client never classified is absent. */
    java.util.Map<Long, String> riskLevelsOf(long[] clientIds) {
        return store.effectiveOf(Dimension.RISK_LEVEL, LocalDate.now(clock), clientIds);
    }

    /** The thresholds that changed, each under its label in the settings view ({@code threshold.<name>}). */
    private static AuditText.Fields changes(ClassificationThresholds before, ClassificationThresholds after) {
        AuditText.Fields fields = AuditText.fields();
        for (RecordComponent c : ClassificationThresholds.class.getRecordComponents()) {
            fields.change("threshold." + c.getName(), plain(c, before), plain(c, after));
        }
        return fields;
    }

    private static String plain(RecordComponent c, ClassificationThresholds t) {
        try {
            return ((BigDecimal) c.getAccessor().invoke(t)).stripTrailingZeros().toPlainString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
