package com.marginportal.classification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marginportal.security.AuditText;
import com.marginportal.security.PlainText;
import com.marginportal.classification.domain.Condition;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.classification.domain.Recommendation;
import com.marginportal.classification.domain.RecommendationDraft;
import com.marginportal.classification.domain.RecommendationMatcher;
import com.marginportal.classification.domain.ResponseStatus;
import com.marginportal.classification.domain.ServiceAction;
import com.marginportal.client.ClientDirectory;
import com.marginportal.security.AuditLog;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.PortalUser;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations per segment: the catalogue admins keep (validated, versioned, audited old → new), the
 * entries that apply to a client given their effective classes, and the advisors' record of offering them
 * and of the client's answer. Client data is reached only within the caller's scope.
 */
@Service
public class RecommendationService {

    static final int NOTE_MAX = 2000;

    private final RecommendationStore catalogue;
    private final ResponseStore responses;
    private final ClassificationStore classifications;
    private final ClientDirectory clients;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    RecommendationService(RecommendationStore catalogue, ResponseStore responses, ClassificationStore classifications,
                          ClientDirectory clients, AuditLog auditLog, CurrentUser currentUser, Clock clock) {
        this.catalogue = catalogue;
        this.responses = responses;
        this.classifications = classifications;
        this.clients = clients;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every entry, active or not, grouped by segment. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Recommendation> catalogue() {
        return catalogue.all();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Recommendation create(RecommendationDraft draft) {
        requireValid(draft);
        long id = catalogue.insert(draft, currentUser.usernameOrSystem(), clock.instant());
        auditLog.record("RECOMMENDATION_CREATED", "RECOMMENDATION", String.valueOf(id),
                AuditText.of("recommendationSaved", auditFields(draft.asNew())));
        return catalogue.find(id).orElseThrow();
    }

    /** Saves a changed entry unless someone saved it since {@code expectedVersion}; audits the changed fields. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Recommendation update(long id, RecommendationDraft draft, int expectedVersion) {
        requireValid(draft);
        Recommendation before = catalogue.find(id).orElseThrow(() -> new IllegalArgumentException("no recommendation " + id));
        List<RecommendationDraft.FieldChange> changes = before.content().changesTo(draft);
        if (changes.isEmpty()) {
            return before;
        }
        if (!catalogue.update(id, expectedVersion, draft, currentUser.usernameOrSystem(), clock.instant())) {
            throw new OptimisticLockingFailureException("recommendation " + id + " changed meanwhile");
        }
        String action = before.active() == draft.active() ? "RECOMMENDATION_CHANGED"
                : draft.active() ? "RECOMMENDATION_ACTIVATED" : "RECOMMENDATION_DEACTIVATED";
        auditLog.record(action, "RECOMMENDATION", String.valueOf(id), AuditText.of("recommendationSaved", auditFields(changes)));
        return catalogue.find(id).orElseThrow();
    }

    /** Deactivates (or reactivates) an entry: it stops (or starts) applying; past responses keep naming it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Recommendation setActive(long id, boolean active, int expectedVersion) {
        Recommendation before = catalogue.find(id).orElseThrow(() -> new IllegalArgumentException("no recommendation " + id));
        return update(id, before.content().withActive(active), expectedVersion);
    }

    /** The active entries that apply to the client, most important first, with why; none outside the scope. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<ClientRecommendation> forClient(long clientId) {
        if (!inScope(clientId)) {
            return List.of();
        }
        Map<Dimension, ClientClassification> classes = classifications.forClient(clientId, LocalDate.now(clock)).stream()
                .collect(Collectors.toMap(ClientClassification::dimension, Function.identity(), (a, b) -> a,
                        () -> new EnumMap<>(Dimension.class)));
        Map<Dimension, String> effective = new EnumMap<>(Dimension.class);
        classes.forEach((d, c) -> effective.put(d, c.effectiveValue()));
        Map<Long, RecommendationResponse> latest = responses.latestByRecommendation(clientId);
        return RecommendationMatcher.matching(catalogue.active(), effective).stream()
                .map(r -> new ClientRecommendation(r,
                        r.conditions().stream().map(c -> classes.get(c.dimension())).toList(), latest.get(r.id())))
                .toList();
    }

    /**
     * Records that the advisor offered a recommendation that applies to the client, or the client's answer,
     * as an entry of the client's service history; audited with the previous state. Refused for a client
     * outside the caller's scope and for an entry that does not apply to the client.
     */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER')")
    @Transactional
    public RecommendationResponse respond(long clientId, long recommendationId, ResponseStatus status, String note) {
        if (status == null) {
            throw new IllegalArgumentException("a response needs a status");
        }
        String text = note == null || note.isBlank() ? null : PlainText.requireMultiLine("note", note.strip());
        if (text != null && text.length() > NOTE_MAX) {
            throw new IllegalArgumentException("the note is longer than " + NOTE_MAX + " characters");
        }
        if (!inScope(clientId)) {
            throw new AccessDeniedException("client not found or not permitted");
        }
        ClientRecommendation applicable = forClient(clientId).stream()
                .filter(c -> c.recommendation().id() == recommendationId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("recommendation " + recommendationId
                        + " does not apply to client " + clientId));
        PortalUser user = currentUser.require();
        Recommendation r = applicable.recommendation();
        RecommendationResponse response = new RecommendationResponse(0, clientId, recommendationId, status, text,
                r.content().titleZh(), r.content().titleEn(),
                r.conditions().stream().map(Condition::toString).collect(Collectors.joining(" & ")),
                user.username(), user.id(), clock.instant());
        responses.insert(response);
        Object before = applicable.latest() == null ? "-"
                : AuditText.word("recommendation.status." + applicable.latest().status().name());
        auditLog.record("RECOMMENDATION_RESPONSE", "CLIENT", String.valueOf(clientId), AuditText.of(
                text == null ? "recommendationAnswered" : "recommendationAnsweredWith", recommendationId,
                r.content().titleZh(), before, AuditText.word("recommendation.status." + status.name()), text));
        return response;
    }

    private boolean inScope(long clientId) {
        return !clients.clientNames(List.of(clientId)).isEmpty();
    }

    private static void requireValid(RecommendationDraft draft) {
        if (draft == null) {
            throw new IllegalArgumentException("no recommendation given");
        }
        var problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRecommendationException(problems);
        }
    }

    /** Each field under the form's label; codes (dimensions, segments, the kind of service, yes/no) in words. */
    private static AuditText.Fields auditFields(List<RecommendationDraft.FieldChange> changes) {
        AuditText.Fields fields = AuditText.fields();
        for (RecommendationDraft.FieldChange c : changes) {
            String label = "recommendation.field." + c.field();
            if (c.before() == null) {
                fields.with(label, inWords(c.field(), c.after()));
            } else {
                fields.change(label, inWords(c.field(), c.before()), inWords(c.field(), c.after()));
            }
        }
        return fields;
    }

    /** A code in words; what the admin typed (a title such as "ETF") stays as typed. */
    private static Object inWords(String field, Object value) {
        if (value instanceof Dimension d) {
            return AuditText.word("dimension." + d.name());
        }
        if (value instanceof ServiceAction a) {
            return AuditText.word("serviceAction." + a.name());
        }
        if (value instanceof Boolean b) {
            return AuditText.word(b ? "common.yes" : "common.no");
        }
        if (value instanceof String code && (field.equals("value") || field.equals("secondValue"))) {
            return AuditText.word("class." + code);
        }
        return value;
    }
}
