package com.marginportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import com.marginportal.demo.RatioPlan.Band;
import com.marginportal.demo.Rows.AccountRow;
import com.marginportal.demo.Rows.PositionRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountFactoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final SecurityCatalog CATALOG = SecurityCatalog.build(20261125);
    private final AccountFactory factory = new AccountFactory(CATALOG);

    private AccountBundle account(long n, Band band) {
        SplittableRandom r = new SplittableRandom(n);
        return factory.create(n, RatioPlan.of(band, r), TODAY, r);
    }

    @ParameterizedTest
    @EnumSource(Band.class)
    void ratioComputedFromTheRowsLandsInThePlannedBand(Band band) {
        for (long n = 1; n <= 300; n++) {
            AccountBundle a = account(n, band);
            BigDecimal ratio = a.maintenanceRatio(CATALOG::price);
            assertThat(band.contains(ratio)).as("account %d: ratio %s, band %s", n, ratio, band).isTrue();
            if (ratio != null) {
                assertThat(ratio.subtract(a.plan().target()).abs()).isLessThan(new BigDecimal("0.0010"));
            }
        }
    }

    @Test
    void positionsAreWholeLotsAndFinancingStaysWithinCost() {
        for (long n = 1; n <= 500; n++) {
            AccountBundle a = account(n, n % 3 == 0 ? Band.LIQUIDATION : Band.HEALTHY);
            assertThat(a.positions().stream().filter(PositionRow::isLong).count()).isBetween(5L, 20L);
            for (PositionRow p : a.positions()) {
                assertThat(p.quantity() % 100).isZero();
                assertThat(p.quantity()).isPositive();
                BigDecimal cost = p.costPrice().multiply(BigDecimal.valueOf(p.quantity()));
                assertThat(p.financedAmount()).isLessThanOrEqualTo(cost);
                assertThat(p.financedQuantity()).isBetween(0L, p.quantity());
                if (p.financedQuantity() > 0) {
                    BigDecimal byQuantity = p.costPrice().multiply(BigDecimal.valueOf(p.financedQuantity()));
                    assertThat(byQuantity.subtract(p.financedAmount())).isBetween(BigDecimal.ZERO, p.costPrice());
                    assertThat(CATALOG.get(p.securityCode()).financingEligible()).isTrue();
                }
                assertThat(p.financedAmount().scale()).isEqualTo(2);
            }
        }
    }

    @Test
    void shortProceedsAreIncludedInCash() {
        int withShorts = 0;
        for (long n = 1; n <= 1000; n++) {
            AccountBundle a = account(n, Band.HEALTHY);
            BigDecimal proceeds = a.shortProceedsTotal();
            if (proceeds.signum() > 0) {
                withShorts++;
                assertThat(a.account().cash()).isGreaterThanOrEqualTo(proceeds);
                for (PositionRow s : a.positions().stream().filter(p -> !p.isLong()).toList()) {
                    assertThat(s.financedAmount().signum()).isZero();
                    assertThat(s.shortProceeds()).isEqualByComparingTo(
                            s.costPrice().multiply(BigDecimal.valueOf(s.quantity())).setScale(2,
                                    RoundingMode.HALF_UP));
                    assertThat(CATALOG.get(s.securityCode()).shortEligible()).isTrue();
                }
            }
        }
        assertThat(withShorts).isBetween(50, 160);
    }

    @Test
    void accountWithoutDebtHasNoFinancingNoShortsNoFees() {
        AccountBundle a = account(42, Band.NO_DEBT);
        assertThat(a.maintenanceRatio(CATALOG::price)).isNull();
        assertThat(a.financedTotal().signum()).isZero();
        assertThat(a.positions()).allMatch(PositionRow::isLong);
        assertThat(a.account().interestAndFees().signum()).isZero();
    }

    @Test
    void contractTermsFollowTheRules() {
        for (long n = 1; n <= 300; n++) {
            AccountRow a = account(n, Band.HEALTHY).account();
            assertThat(a.id()).isEqualTo(880_000_000_000L + n);
            assertThat(a.clientId()).isEqualTo(10_000_000L + n);
            assertThat(a.contractStart()).isBetween(TODAY.minusMonths(6), TODAY);
            assertThat(a.contractExpiry()).isEqualTo(a.contractStart().plusMonths(6));
            assertThat(a.financingMarginRatio()).isEqualByComparingTo(
                    a.contractStart().isBefore(AccountFactory.NEW_FINANCING_MARGIN_RULE) ? "0.8" : "1.0");
            assertThat(a.shortMarginRatio()).isEqualByComparingTo("0.5");
            assertThat(a.creditLimit()).isGreaterThan(BigDecimal.ZERO);
        }
    }

    @Test
    void drawnPlansSpreadOverTheBandsAsDesigned() {
        SplittableRandom r = new SplittableRandom(3);
        Map<Band, Integer> counts = new EnumMap<>(Band.class);
        for (int i = 0; i < 20_000; i++) {
            counts.merge(RatioPlan.draw(r).band(), 1, Integer::sum);
        }
        assertThat(counts.get(Band.NO_DEBT)).isBetween(1800, 2200);
        assertThat(counts.get(Band.HEALTHY)).isBetween(13_400, 14_600);
        assertThat(counts.get(Band.LIQUIDATION)).isBetween(120, 290);
        assertThat(counts.get(Band.MARGIN_CALL)).isBetween(300, 500);
        assertThat(counts.get(Band.BELOW_WARNING)).isBetween(480, 720);
        assertThat(counts.get(Band.NEAR_WARNING)).isBetween(480, 720);
        assertThat(counts.get(Band.WATCH)).isBetween(1050, 1350);
    }
}
