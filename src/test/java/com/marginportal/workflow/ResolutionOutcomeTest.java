package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The documented rule that names how a restored case recovered, and the forms' own checks. */
class ResolutionOutcomeTest {

    private static final CaseFigures OPEN = figures("0", "70000", "89000");

    @Test
    void aManagersDecisionLeavesItsCaseState() {
        assertThat(ResolutionOutcome.FORCED_LIQUIDATION.decidedState()).isEqualTo(com.marginportal.risk.domain.CaseState.HANDED_OFF);
        assertThat(ResolutionOutcome.CLOSED_BY_MANAGER.decidedState()).isEqualTo(com.marginportal.risk.domain.CaseState.CLOSED);
        for (ResolutionOutcome restored : new ResolutionOutcome[] {ResolutionOutcome.RESTORED,
                ResolutionOutcome.RESTORED_BY_MARKET, ResolutionOutcome.RESTORED_BY_REDUCTION,
                ResolutionOutcome.RESTORED_BY_TOP_UP, ResolutionOutcome.EXTENSION_THEN_RESTORED}) {
            assertThat(restored.decidedState()).as(restored.name()).isNull();
        }
    }

    @Test
    void anExtensionWinsOverEveryFigure() {
        assertThat(ResolutionOutcome.restored(OPEN, figures("20000", "70000", "89000"), 1))
                .isEqualTo(ResolutionOutcome.EXTENSION_THEN_RESTORED);
    }

    @Test
    void moreCashIsATopUpLessDebtAReductionAndOnlyHigherPricesTheMarket() {
        assertThat(ResolutionOutcome.restored(OPEN, figures("20000", "70000", "89000"), 0))
                .isEqualTo(ResolutionOutcome.RESTORED_BY_TOP_UP);
        assertThat(ResolutionOutcome.restored(OPEN, figures("0", "40000", "60000"), 0))
                .isEqualTo(ResolutionOutcome.RESTORED_BY_REDUCTION);
        assertThat(ResolutionOutcome.restored(OPEN, figures("0", "70000", "100000"), 0))
                .isEqualTo(ResolutionOutcome.RESTORED_BY_MARKET);
        assertThat(ResolutionOutcome.restored(OPEN, OPEN, 0)).isEqualTo(ResolutionOutcome.RESTORED);
        assertThat(ResolutionOutcome.restored(null, OPEN, 0)).isEqualTo(ResolutionOutcome.RESTORED);
    }

    @Test
    void theNoticeWordingFollowsTheClientsLanguage() {
        assertThat(ResolutionOutcome.FORCED_LIQUIDATION.label("zh-CN")).isEqualTo("已移交强制平仓");
        assertThat(ResolutionOutcome.FORCED_LIQUIDATION.label("en")).contains("forced liquidation");
    }

    @Test
    void theTopUpBringsTheRatioToTheTargetRoundedUpToTheFen() {
        CaseFigures f = figures("12.50", "70000", "89000");
        assertThat(f.topUpAmount(new BigDecimal("1.40"))).isEqualByComparingTo("8987.50");
    }

    @Test
    void formsRejectWhatTheProcessCannotUse() {
        assertThatThrownBy(() -> ManagerDecision.extend(null, "资金在途")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ManagerDecision.close(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ManagerDecision.liquidate(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("forced liquidation needs a decision reason");
        assertThatThrownBy(() -> ManagerDecision.liquidate(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ManagerDecision.liquidate(" 未按期补足 ").reason()).isEqualTo("未按期补足");
        assertThatThrownBy(() -> new ContactForm(ContactForm.Channel.PHONE, true, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ContactForm(ContactForm.Channel.SMS, false, null, null, null).plan())
                .isEqualTo(ContactForm.Plan.NO_ANSWER);
    }

    private static CaseFigures figures(String cash, String debt, String marketValue) {
        BigDecimal assets = new BigDecimal(cash).add(new BigDecimal(marketValue));
        return new CaseFigures(Instant.parse("2026-11-25T07:00:00Z"),
                assets.divide(new BigDecimal(debt), 4, java.math.RoundingMode.HALF_UP), assets,
                new BigDecimal(marketValue), new BigDecimal(cash), new BigDecimal(debt), new BigDecimal(debt),
                BigDecimal.ZERO);
    }
}
