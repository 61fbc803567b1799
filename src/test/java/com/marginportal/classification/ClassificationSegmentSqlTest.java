package com.marginportal.classification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.marginportal.client.segment.SegmentJoin;
import com.marginportal.client.segment.SqlFragment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The SQL the classification gives the client list: parameters, validation, today's date for overrides. */
class ClassificationSegmentSqlTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T17:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final ClassificationSegmentSql sql = new ClassificationSegmentSql(null, CLOCK);

    @Test
    void aConditionBindsDimensionValueAndTheMarketDate() {
        SqlFragment high = sql.valueIs("RISK_LEVEL", "HIGH", "c.id");
        assertThat(high.params()).containsEntry("seg0Dim", "RISK_LEVEL").containsEntry("seg0Value", "HIGH")
                .containsEntry("segToday", LocalDate.of(2026, 11, 25));
        assertThat(high.sql()).contains("o.override_value = :seg0Value").contains("k.computed_value = :seg0Value")
                .doesNotContain("HIGH");
        assertThat(sql.valueIs("ASSET_SCALE", "UNCLASSIFIED", "c.id").sql())
                .as("no computed row also means unclassified").contains("c.id NOT IN (SELECT k.client_id");
    }

    @Test
    void dimensionsAndValuesAreChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> sql.valueIs("COLOUR", "RED", "c.id"));
        assertThatIllegalArgumentException().isThrownBy(() -> sql.valueIs("RISK_LEVEL", "HIGH_NET_WORTH", "c.id"));
        assertThatIllegalArgumentException().isThrownBy(() -> sql.valueIs("RISK_LEVEL", "HIGH", "c.id; DROP TABLE x"));
        assertThatIllegalArgumentException().isThrownBy(() -> sql.valueOf("NEEDS", "c.id", "A b"));
    }

    @Test
    void aJoinReadsTheEffectiveValueUnderItsAlias() {
        SegmentJoin join = sql.valueOf("NEEDS", "c.id", "g1");
        assertThat(join.expression()).isEqualTo("COALESCE(g1_o.override_value, g1_k.computed_value, 'UNCLASSIFIED')");
        assertThat(join.joins()).contains("LEFT JOIN client_classification g1_k").contains("g1_o.valid_until >= :segToday");
        assertThat(join.params()).containsEntry("g1Dim", "NEEDS");
    }
}
