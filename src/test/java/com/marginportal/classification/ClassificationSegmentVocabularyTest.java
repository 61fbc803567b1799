package com.marginportal.classification;

import java.util.Map;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.client.segment.SegmentDimension;
import com.marginportal.client.segment.SegmentVocabulary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The client list reads the links the segment views write, offers the matrix's values and words them alike. */
class ClassificationSegmentVocabularyTest {

    private final SegmentVocabulary vocabulary = new ClassificationSegmentVocabulary();

    @Test
    void theListReadsTheNamesTheSegmentViewsWrite() {
        assertThat(vocabulary.dimensions()).extracting(SegmentDimension::name, SegmentDimension::parameter)
                .containsExactly(tuple("RISK_LEVEL", "risk"), tuple("TRADING_BEHAVIOUR", "behaviour"),
                        tuple("ASSET_SCALE", "scale"), tuple("NEEDS", "needs"));
        for (Dimension d : Dimension.values()) {
            SegmentDimension segment = vocabulary.dimension(d.name());
            assertThat(segment.parameter()).isEqualTo(SegmentParameters.name(d));
            assertThat(segment.values()).isEqualTo(SegmentMatrix.valuesOf(d));
            assertThat(segment.allows(Dimension.UNCLASSIFIED)).isTrue();
            assertThat(segment.isClassified(Dimension.UNCLASSIFIED)).isFalse();
            assertThat(d.allowedValues()).allMatch(v -> segment.allows(v) && segment.isClassified(v));
        }
        assertThat(vocabulary.dimension("RISK_LEVEL").allows("HIGH_NET_WORTH")).as("another dimension's value").isFalse();
        assertThat(SegmentParameters.write(Map.of(), true))
                .containsExactly(Map.entry(vocabulary.suitabilityParameter(), vocabulary.suitabilityIssues()));
    }

    @Test
    void valuesAreWordedForTheirDimension() {
        assertThat(vocabulary.dimension("RISK_LEVEL").valueKey("MEDIUM")).isEqualTo("class.RISK_LEVEL.MEDIUM");
        assertThat(vocabulary.dimension("ASSET_SCALE").valueKey("MEDIUM")).isEqualTo("class.ASSET_SCALE.MEDIUM");
        assertThat(vocabulary.dimension("RISK_LEVEL").valueKey("HIGH")).isEqualTo("class.HIGH");
        assertThat(vocabulary.dimension("NEEDS").valueKey("UNCLASSIFIED")).isEqualTo("class.UNCLASSIFIED");
        assertThat(vocabulary.dimension("NEEDS").labelKey()).isEqualTo("dimension.NEEDS");
        assertThatThrownBy(() -> vocabulary.dimension("COLOUR")).isInstanceOf(IllegalArgumentException.class);
    }
}
