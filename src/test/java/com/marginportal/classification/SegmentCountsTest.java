package com.marginportal.classification;

import java.util.List;
import java.util.Map;

import com.marginportal.classification.domain.Dimension;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Matrix and distributions derived from the four-way counts: complete rows and columns, totals that add up. */
class SegmentCountsTest {

    private final SegmentCounts counts = new SegmentCounts(Map.of(
            List.of("HIGH", "SHORT_TERM", "ORDINARY", "ACTIVE"), 3L,
            List.of("HIGH", "MEDIUM_LONG_TERM", "ORDINARY", "PASSIVE"), 4L,
            List.of("LOW", "MEDIUM_LONG_TERM", "MEDIUM", "PASSIVE"), 5L,
            List.of("UNCLASSIFIED", "UNCLASSIFIED", "UNCLASSIFIED", "UNCLASSIFIED"), 1L));

    @Test
    void aMatrixHasEveryValueWithZerosAndTotals() {
        SegmentMatrix m = counts.matrix(Dimension.RISK_LEVEL, Dimension.ASSET_SCALE);
        assertThat(m.rowValues()).containsExactly("LOW", "MEDIUM", "HIGH", "UNCLASSIFIED");
        assertThat(m.columnValues()).containsExactly("HIGH_NET_WORTH", "MEDIUM", "ORDINARY", "UNCLASSIFIED");
        assertThat(m.count("HIGH", "ORDINARY")).isEqualTo(7);
        assertThat(m.count("MEDIUM", "MEDIUM")).isZero();
        assertThat(m.rowTotal("HIGH")).isEqualTo(7);
        assertThat(m.columnTotal("MEDIUM")).isEqualTo(5);
        assertThat(m.total()).isEqualTo(13).isEqualTo(counts.total());
    }

    @Test
    void distributionsListEveryValueInOrder() {
        assertThat(counts.distribution(Dimension.NEEDS))
                .containsExactly(Map.entry("ACTIVE", 3L), Map.entry("PASSIVE", 9L), Map.entry("UNCLASSIFIED", 1L));
        assertThat(counts.distributions()).containsOnlyKeys(Dimension.values());
    }

    @Test
    void rowsAndColumnsDiffer() {
        assertThatIllegalArgumentException().isThrownBy(() -> counts.matrix(Dimension.NEEDS, Dimension.NEEDS));
    }
}
