package com.marginportal.workflow;

import java.math.BigDecimal;

import com.marginportal.risk.domain.CaseState;

/** How a breach case ended, with the wording of the resolution notice. */
public enum ResolutionOutcome {
    RESTORED_BY_TOP_UP("客户追加担保物，维持担保比例已恢复", "restored after you added collateral"),
    RESTORED_BY_REDUCTION("客户减仓或还款，维持担保比例已恢复", "restored after positions were reduced or debt repaid"),
    RESTORED_BY_MARKET("市场价格回升，维持担保比例已恢复", "restored by the market recovery"),
    RESTORED("维持担保比例已恢复", "your maintenance ratio is restored"),
    FORCED_LIQUIDATION("已移交强制平仓", "handed over for forced liquidation"),
    EXTENSION_THEN_RESTORED("延期后维持担保比例已恢复", "restored after an extension"),
    CLOSED_BY_MANAGER("经营业部负责人审批结案", "closed by the branch manager");

    private final String zh;
    private final String en;

    ResolutionOutcome(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    String label(String language) {
        return language != null && language.toLowerCase().startsWith("en") ? en : zh;
    }

    /** The case state a manager's decision leaves; null for a restoration (the scan sets RESTORED). */
    public CaseState decidedState() {
        return switch (this) {
            case FORCED_LIQUIDATION -> CaseState.HANDED_OFF;
            case CLOSED_BY_MANAGER -> CaseState.CLOSED;
            default -> null;
        };
    }

    /**
     * The documented rule for a restored case, from the figures at detection and at restoration: any extension
     * granted → EXTENSION_THEN_RESTORED; more cash → TOP_UP; less debt → REDUCTION; neither but a higher market
     * value → MARKET; otherwise (e.g. securities deposited and prices moved at once) plain RESTORED.
     */
    static ResolutionOutcome restored(CaseFigures open, CaseFigures end, int extensions) {
        if (extensions > 0) {
            return EXTENSION_THEN_RESTORED;
        }
        if (open == null || end == null) {
            return RESTORED;
        }
        if (more(end.cash(), open.cash())) {
            return RESTORED_BY_TOP_UP;
        }
        if (more(open.totalDebt(), end.totalDebt())) {
            return RESTORED_BY_REDUCTION;
        }
        if (more(end.marketValue(), open.marketValue())) {
            return RESTORED_BY_MARKET;
        }
        return RESTORED;
    }

    private static boolean more(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) > 0;
    }
}
