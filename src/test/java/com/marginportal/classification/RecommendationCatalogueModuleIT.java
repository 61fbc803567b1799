package com.marginportal.classification;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.classification.domain.DraftProblem;
import com.marginportal.classification.domain.Recommendation;
import com.marginportal.classification.domain.RecommendationDraft;
import com.marginportal.classification.domain.ServiceAction;
import com.marginportal.security.AuditLog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Admins edit the catalogue: validated (nothing saved, nothing audited when invalid), versioned, audited old → new. */
class RecommendationCatalogueModuleIT extends ClassificationModuleSupport {

    @Autowired
    private RecommendationService recommendations;
    @Autowired
    private AuditLog auditLog;

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anInvalidEntryIsRefusedWithEveryProblemAndNothingIsWrittenOrAudited() {
        long entries = count("recommendation");
        long audits = count("audit_entry");
        RecommendationDraft invalid = new RecommendationDraft(Dimension.ASSET_SCALE, "HIGH", Dimension.ASSET_SCALE,
                "ORDINARY", "", "Title", "说明", "x".repeat(2001), ServiceAction.VIP, 0, true);

        assertThatThrownBy(() -> recommendations.create(invalid)).isInstanceOfSatisfying(InvalidRecommendationException.class,
                e -> assertThat(e.problems()).extracting(DraftProblem::field)
                        .containsExactly("value", "secondDimension", "titleZh", "descriptionEn", "priority"));
        assertThat(count("recommendation")).isEqualTo(entries);
        assertThat(count("audit_entry")).isEqualTo(audits);
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void addEditDeactivateAreAuditedOldToNewAndAStaleEditIsRefused() {
        ClassifiedClient client = client("MEDIUM", "SHORT_TERM", "MEDIUM", "ACTIVE");
        RecommendationDraft draft = new RecommendationDraft(Dimension.RISK_LEVEL, "MEDIUM", Dimension.TRADING_BEHAVIOUR,
                "SHORT_TERM", "波段交易风险讲座", "Swing-trading risk seminar", "邀请参加波段交易风险讲座。",
                "Invite the client to a seminar on swing-trading risks.", ServiceAction.EDUCATION, 3, true);

        Recommendation created = recommendations.create(draft);
        assertThat(auditLog.latest("RECOMMENDATION_CREATED", 1)).singleElement().satisfies(e -> {
            assertThat(e.entityId()).isEqualTo(String.valueOf(created.id()));
            assertThat(e.details()).startsWith("Dimension: Risk level; Class: Medium").contains(
                    "Class of the second dimension: Short-term; Title (Chinese): 波段交易风险讲座; ").endsWith("Active: Yes");
            assertThat(e.detailsKey()).as("read in the reader's language").isEqualTo("recommendationSaved");
        });
        assertThat(titles(client)).contains("波段交易风险讲座");

        // a title in capitals as typed ("ETF") is text, not a code to be read in words
        Recommendation edited = recommendations.update(created.id(), new RecommendationDraft(Dimension.RISK_LEVEL, "MEDIUM",
                Dimension.TRADING_BEHAVIOUR, "SHORT_TERM", "波段交易风险讲座", "ETF",
                "邀请参加波段交易风险讲座。", "Invite the client to a seminar on swing-trading risks.",
                ServiceAction.EDUCATION, 2, true), created.version());
        assertThat(edited.version()).isEqualTo(created.version() + 1);
        assertThat(auditLog.latest("RECOMMENDATION_CHANGED", 1)).singleElement().satisfies(e -> assertThat(e.details())
                .isEqualTo("Title (English): Swing-trading risk seminar → ETF; Priority: 3 → 2"));

        assertThatThrownBy(() -> recommendations.setActive(created.id(), false, created.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);

        Recommendation deactivated = recommendations.setActive(created.id(), false, edited.version());
        assertThat(deactivated.active()).isFalse();
        assertThat(auditLog.latest("RECOMMENDATION_DEACTIVATED", 1)).singleElement()
                .satisfies(e -> assertThat(e.details()).isEqualTo("Active: Yes → No"));
        assertThat(titles(client)).doesNotContain("波段交易风险讲座");
        assertThat(recommendations.catalogue()).anySatisfy(r -> assertThat(r.id()).isEqualTo(created.id()));
    }

    @Test
    @WithUserDetails(value = MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void onlyAdminsEditTheCatalogue() {
        assertThatThrownBy(() -> recommendations.catalogue()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recommendations.setActive(1, false, 0)).isInstanceOf(AccessDeniedException.class);
    }

    private java.util.List<String> titles(ClassifiedClient client) {
        return recommendations.forClient(client.clientId).stream().map(r -> r.recommendation().content().titleZh()).toList();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
