package com.marginportal.home.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttentionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void decisionsComeFirstMostOverdueFirstThenTheLongestOverdueWork() {
        AttentionItem decisionLater = decision(1, NOW.plusSeconds(1800));
        AttentionItem decisionLate = decision(2, NOW.minusSeconds(60));
        AttentionItem overdueLong = overdue(3, NOW.minusSeconds(7200));
        AttentionItem overdueShort = overdue(4, NOW.minusSeconds(120));

        assertThat(Attention.order(List.of(decisionLater, decisionLate), List.of(overdueShort, overdueLong)))
                .containsExactly(decisionLate, decisionLater, overdueLong, overdueShort);
    }

    @Test
    void decisionsDueTogetherComeTheAccountMostAtRiskFirst() {
        AttentionItem at118 = decision(1, NOW, "1.1813");
        AttentionItem at102 = decision(2, NOW, "1.0217");
        AttentionItem noDebt = decision(3, NOW, null);
        AttentionItem at106 = decision(4, NOW, "1.0645");

        assertThat(Attention.order(List.of(at118, at102, noDebt, at106), List.of()))
                .containsExactly(at102, at106, at118, noDebt);
    }

    @Test
    void anOverdueDecisionIsListedOnceAsTheDecision() {
        AttentionItem decision = decision(7, NOW.minusSeconds(60));
        AttentionItem sameCaseOverdue = overdue(7, NOW.minusSeconds(60));

        assertThat(Attention.order(List.of(decision), List.of(sameCaseOverdue))).containsExactly(decision);
    }

    @Test
    void aDecisionWithoutDueTimeComesAfterTheDatedOnes() {
        AttentionItem undated = decision(1, null);
        AttentionItem dated = decision(2, NOW.plusSeconds(60));

        assertThat(Attention.order(List.of(undated, dated), List.of())).containsExactly(dated, undated);
        assertThat(undated.isOverdue(NOW)).isFalse();
        assertThat(dated.isOverdue(NOW)).isFalse();
        assertThat(dated.isOverdue(NOW.plusSeconds(61))).isTrue();
    }

    @Test
    void nothingWaitingIsAnEmptyList() {
        assertThat(Attention.order(List.of(), List.of())).isEmpty();
        assertThatThrownBy(() -> new AttentionItem(null, 1, 1, "WARNING", null, null, NOW, "contactClient", null, "x"))
                .isInstanceOf(NullPointerException.class);
    }

    private static AttentionItem decision(long caseId, Instant due) {
        return decision(caseId, due, "1.15");
    }

    private static AttentionItem decision(long caseId, Instant due, String ratio) {
        return new AttentionItem(AttentionItem.Kind.DECISION, caseId, 100 + caseId, "LIQUIDATION",
                "MAINTENANCE_RATIO", ratio == null ? null : new BigDecimal(ratio), due, "managerDecision", null,
                "tasks?task=" + caseId);
    }

    private static AttentionItem overdue(long caseId, Instant due) {
        return new AttentionItem(AttentionItem.Kind.OVERDUE, caseId, 100 + caseId, "WARNING", "FINANCING_RATIO",
                new BigDecimal("1.38"),
                due, "contactClient", "advisor1", "board/case/" + caseId);
    }
}
