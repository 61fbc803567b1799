package com.marginportal.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import com.marginportal.demo.Rows.AccountRow;
import com.marginportal.demo.Rows.PositionRow;

/** A credit account with its positions, and the plan it was built from. */
record AccountBundle(AccountRow account, List<PositionRow> positions, RatioPlan plan) {

    AccountBundle {
        positions = List.copyOf(positions);
    }

    /**
     * (cash + Σ long market value) ÷ (Σ financed amount + Σ short quantity × price + interest and fees),
     * scale 4; null without debt. Used to check the generator against its plan.
     */
    BigDecimal maintenanceRatio(Function<String, BigDecimal> priceOf) {
        BigDecimal assets = account.cash();
        BigDecimal debt = account.interestAndFees();
        for (PositionRow p : positions) {
            BigDecimal value = p.valueAt(priceOf.apply(p.securityCode()));
            if (p.isLong()) {
                assets = assets.add(value);
                debt = debt.add(p.financedAmount());
            } else {
                debt = debt.add(value);
            }
        }
        if (debt.setScale(2, RoundingMode.HALF_UP).signum() == 0) {
            return null;
        }
        return assets.divide(debt, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
    }

    BigDecimal financedTotal() {
        return positions.stream().map(PositionRow::financedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal shortProceedsTotal() {
        return positions.stream().map(PositionRow::shortProceeds).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
