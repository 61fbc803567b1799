package com.marginportal.classification.domain;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecommendationDraftTest {

    private static RecommendationDraft valid() {
        return new RecommendationDraft(Dimension.RISK_LEVEL, "HIGH", Dimension.NEEDS, "PASSIVE", " 加强风险提示 ",
                "Stronger risk warnings", "说明", "Text", ServiceAction.RISK_WARNING, 1, true);
    }

    @Test
    void aCompleteDraftIsValidAndTrimmed() {
        RecommendationDraft d = valid();
        assertThat(d.problems()).isEmpty();
        assertThat(d.titleZh()).isEqualTo("加强风险提示");
        assertThat(d.conditions()).containsExactly(new Condition(Dimension.RISK_LEVEL, "HIGH"),
                new Condition(Dimension.NEEDS, "PASSIVE"));
        assertThat(d.title(Locale.ENGLISH)).isEqualTo("Stronger risk warnings");
        assertThat(d.title(Locale.SIMPLIFIED_CHINESE)).isEqualTo("加强风险提示");
    }

    @Test
    void everyProblemIsNamedWithItsField() {
        RecommendationDraft d = new RecommendationDraft(Dimension.RISK_LEVEL, "HIGH_NET_WORTH", Dimension.RISK_LEVEL, "LOW",
                " ", "x".repeat(101), null, "ok", null, 9, true);
        assertThat(d.problems()).extracting(DraftProblem::field, DraftProblem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("value", "recommendation.error.value"),
                org.assertj.core.groups.Tuple.tuple("secondDimension", "recommendation.error.sameDimension"),
                org.assertj.core.groups.Tuple.tuple("titleZh", "recommendation.error.required"),
                org.assertj.core.groups.Tuple.tuple("titleEn", "recommendation.error.tooLong"),
                org.assertj.core.groups.Tuple.tuple("descriptionZh", "recommendation.error.required"),
                org.assertj.core.groups.Tuple.tuple("action", "recommendation.error.required"),
                org.assertj.core.groups.Tuple.tuple("priority", "recommendation.error.priority"));
    }

    @Test
    void unclassifiedIsNotASegmentAndASecondDimensionNeedsAValue() {
        RecommendationDraft d = new RecommendationDraft(Dimension.NEEDS, Dimension.UNCLASSIFIED, Dimension.ASSET_SCALE,
                null, "a", "b", "c", "d", ServiceAction.VIP, 3, true);
        assertThat(d.problems()).extracting(DraftProblem::field).containsExactly("value", "secondValue");
        assertThat(new RecommendationDraft(null, null, null, "x", "a", "b", "c", "d", ServiceAction.VIP, 3, true)
                .problems()).extracting(DraftProblem::field).containsExactly("dimension");
    }

    @Test
    void changesListOnlyWhatDiffers() {
        RecommendationDraft before = valid();
        RecommendationDraft after = new RecommendationDraft(Dimension.RISK_LEVEL, "HIGH", null, null, "加强风险提示",
                "Stronger risk warnings", "说明", "Text", ServiceAction.RISK_WARNING, 2, false);
        assertThat(before.changesTo(after)).containsExactly(
                new RecommendationDraft.FieldChange("secondDimension", Dimension.NEEDS, null),
                new RecommendationDraft.FieldChange("secondValue", "PASSIVE", null),
                new RecommendationDraft.FieldChange("priority", 1, 2),
                new RecommendationDraft.FieldChange("active", true, false));
        assertThat(before.changesTo(valid())).isEmpty();
    }

    @Test
    void aSavedRecommendationIsAlwaysValid() {
        RecommendationDraft invalid = new RecommendationDraft(Dimension.NEEDS, "ACTIVE", null, null, "", "b", "c", "d",
                ServiceAction.VIP, 3, true);
        assertThatIllegalArgumentException().isThrownBy(() -> new Recommendation(1, invalid, 0, "admin", null));
    }
}
