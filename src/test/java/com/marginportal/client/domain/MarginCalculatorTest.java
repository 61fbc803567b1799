package com.marginportal.client.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected values are hand-computed in the comments. Assertions use {@code isEqualTo} on
 * BigDecimal on purpose: it also checks the scale (2 for money, 4 for ratios).
 */
class MarginCalculatorTest {

    private static final BigDecimal FULL = bd("1.00");
    private static final BigDecimal HALF = bd("0.50");

    @Test
    void noDebtMeansNoRatio() {
        // cash 50,000 + 1,000 × 10.00 = 60,000 assets, nothing owed.
        // available = 50,000 + 10,000 × 0.60 = 56,000
        MarginFigures f = calculate(balances("50000", "0", "0", FULL, HALF),
                Holding.collateral("600000", 1_000, bd("10.00"), bd("0.60")));

        assertThat(f.hasDebt()).isFalse();
        assertThat(f.maintenanceRatio()).isNull();
        assertThat(f.maintenanceRatioIfDebt()).isEmpty();
        assertThat(f.totalDebt()).isEqualTo(bd("0.00"));
        assertThat(f.totalAssets()).isEqualTo(bd("60000.00"));
        assertThat(f.netAssets()).isEqualTo(bd("60000.00"));
        assertThat(f.availableMargin()).isEqualTo(bd("56000.00"));
        assertThat(f.financingRatio()).isEqualTo(bd("0.0000"));   // 0 / 60,000
        assertThat(f.creditLimitUsage()).isNull();                  // credit limit 0
    }

    @Test
    void emptyAccountHasNoRatiosAtAll() {
        // cash 0, no holdings: every denominator is 0.
        MarginFigures f = calculate(balances("0", "0", "100000", FULL, HALF));

        assertThat(f.totalAssets()).isEqualTo(bd("0.00"));
        assertThat(f.maintenanceRatio()).isNull();
        assertThat(f.financingRatio()).isNull();
        assertThat(f.top1Concentration()).isNull();
        assertThat(f.creditLimitUsage()).isEqualTo(bd("0.0000"));  // 0 / 100,000
    }

    @Test
    void simpleFinancedAccount() {
        // 10,000 × 20.00 = 200,000 market value, 5,000 shares financed for 100,000.
        // ratio = (100,000 + 200,000) / 100,000 = 3.0000
        // available = 100,000 cash + 5,000 × 20 × 0.5 (collateral part = 50,000)
        //           + (5,000 × 20 − 100,000) × 0.5 (= 0) − 100,000 × 1.0 = 50,000
        MarginFigures f = calculate(balances("100000", "0", "500000", FULL, HALF),
                Holding.financed("600519", 10_000, bd("20.00"), HALF, 5_000, bd("100000")));

        assertThat(f.hasDebt()).isTrue();
        assertThat(f.longMarketValue()).isEqualTo(bd("200000.00"));
        assertThat(f.totalAssets()).isEqualTo(bd("300000.00"));
        assertThat(f.financingDebt()).isEqualTo(bd("100000.00"));
        assertThat(f.totalDebt()).isEqualTo(bd("100000.00"));
        assertThat(f.maintenanceRatio()).isEqualTo(bd("3.0000"));
        assertThat(f.maintenanceRatioIfDebt()).contains(bd("3.0000"));
        assertThat(f.availableMargin()).isEqualTo(bd("50000.00"));
        assertThat(f.netAssets()).isEqualTo(bd("200000.00"));
        assertThat(f.financingRatio()).isEqualTo(bd("0.3333"));     // 100,000 / 300,000
        assertThat(f.creditLimitUsage()).isEqualTo(bd("0.2000"));   // 100,000 / 500,000
    }

    @Test
    void shortPositionIsValuedAtCurrentPriceInTheDenominator() {
        // Sold 10,000 short at 10.00 (proceeds 100,000, part of the 150,000 cash); price now 12.00.
        // liability = 10,000 × 12.00 = 120,000 (not the 100,000 proceeds)
        // ratio = 150,000 / 120,000 = 1.2500
        MarginFigures f = calculate(balances("150000", "0", "1000000", FULL, HALF),
                Holding.shortSale("510300", 10_000, bd("12.00"), HALF, bd("100000")));

        assertThat(f.shortLiability()).isEqualTo(bd("120000.00"));
        assertThat(f.totalDebt()).isEqualTo(bd("120000.00"));
        assertThat(f.longMarketValue()).isEqualTo(bd("0.00"));
        assertThat(f.maintenanceRatio()).isEqualTo(bd("1.2500"));
        assertThat(f.top1Concentration()).isNull();                 // no long holdings
        assertThat(f.creditLimitUsage()).isEqualTo(bd("0.1200"));   // 120,000 / 1,000,000
    }

    @Test
    void interestAndFeesAreDebt() {
        // Same as the simple financed account plus 2,000 accrued interest and fees.
        // ratio = 300,000 / (100,000 + 2,000) = 2.941176… → 2.9412
        // available = 50,000 − 2,000 = 48,000; net assets = 300,000 − 102,000 = 198,000
        MarginFigures f = calculate(balances("100000", "2000", "500000", FULL, HALF),
                Holding.financed("600519", 10_000, bd("20.00"), HALF, 5_000, bd("100000")));

        assertThat(f.interestAndFees()).isEqualTo(bd("2000.00"));
        assertThat(f.totalDebt()).isEqualTo(bd("102000.00"));
        assertThat(f.maintenanceRatio()).isEqualTo(bd("2.9412"));
        assertThat(f.availableMargin()).isEqualTo(bd("48000.00"));
        assertThat(f.netAssets()).isEqualTo(bd("198000.00"));
        assertThat(f.creditLimitUsage()).isEqualTo(bd("0.2000"));   // fees do not use the credit limit
    }

    @Test
    void feesAloneAreDebt() {
        // ratio = 10,000 / 50 = 200.0000
        MarginFigures f = calculate(balances("10000", "50", "0", FULL, HALF));

        assertThat(f.hasDebt()).isTrue();
        assertThat(f.maintenanceRatio()).isEqualTo(bd("200.0000"));
    }

    @Test
    void zeroRateSecurityCountsForRatioButNotForAvailableMargin() {
        // B: 10,000 × 20.00 fully financed for 200,000; ST: 10,000 × 5.00 at rate 0.
        // ratio = (300,000 + 200,000 + 50,000) / 200,000 = 2.7500 (2.5000 without the ST stock)
        // available = 300,000 + 0 × 0.5 + (200,000 − 200,000) × 0.5 + 50,000 × 0 − 200,000 = 100,000
        Holding financed = Holding.financed("000001", 10_000, bd("20.00"), HALF, 10_000, bd("200000"));
        Holding st = Holding.collateral("600666", 10_000, bd("5.00"), BigDecimal.ZERO);
        AccountBalances balances = balances("300000", "0", "0", FULL, HALF);

        MarginFigures with = calculate(balances, financed, st);
        MarginFigures without = calculate(balances, financed);

        assertThat(with.maintenanceRatio()).isEqualTo(bd("2.7500"));
        assertThat(without.maintenanceRatio()).isEqualTo(bd("2.5000"));
        assertThat(with.availableMargin()).isEqualTo(bd("100000.00"));
        assertThat(without.availableMargin()).isEqualTo(bd("100000.00"));
        assertThat(with.top1Concentration()).isEqualTo(bd("0.8000"));  // 200,000 / 250,000
    }

    @Test
    void financedPositionAtLossCountsInFull() {
        // 10,000 financed for 100,000, price fell to 8.00: value 80,000, bracket −20,000.
        // available = 100,000 − 20,000 (at 100%, not −10,000 at 0.5) − 100,000 × 1.0 = −20,000
        // ratio = (100,000 + 80,000) / 100,000 = 1.8000
        MarginFigures f = calculate(balances("100000", "0", "0", FULL, HALF),
                Holding.financed("300750", 10_000, bd("8.00"), HALF, 10_000, bd("100000")));

        assertThat(f.availableMargin()).isEqualTo(bd("-20000.00"));
        assertThat(f.maintenanceRatio()).isEqualTo(bd("1.8000"));
    }

    @Test
    void financedPositionAtGainCountsAtRate() {
        // price rose to 12.00: value 120,000, bracket +20,000 × 0.5 = 10,000.
        // available = 100,000 + 10,000 − 100,000 = 10,000
        MarginFigures f = calculate(balances("100000", "0", "0", FULL, HALF),
                Holding.financed("300750", 10_000, bd("12.00"), HALF, 10_000, bd("100000")));

        assertThat(f.availableMargin()).isEqualTo(bd("10000.00"));
    }

    @Test
    void shortPositionAtLossCountsInFull() {
        // cash 200,000 includes the 100,000 proceeds of 10,000 sold short at 10.00; price now 12.00.
        // available = 200,000 + (100,000 − 120,000 = −20,000 at 100%) − 100,000 proceeds
        //           − 120,000 × 0.5 = 20,000   (at the 0.6 rate it would wrongly be 28,000)
        // ratio = 200,000 / 120,000 = 1.66666… → 1.6667
        MarginFigures f = calculate(balances("200000", "0", "0", FULL, HALF),
                Holding.shortSale("510050", 10_000, bd("12.00"), bd("0.60"), bd("100000")));

        assertThat(f.availableMargin()).isEqualTo(bd("20000.00"));
        assertThat(f.maintenanceRatio()).isEqualTo(bd("1.6667"));
    }

    @Test
    void shortPositionAtGainCountsAtRate() {
        // price now 8.00: value 80,000, bracket +20,000 × 0.6 = 12,000.
        // available = 200,000 + 12,000 − 100,000 − 80,000 × 0.5 = 72,000
        // ratio = 200,000 / 80,000 = 2.5000
        MarginFigures f = calculate(balances("200000", "0", "0", FULL, HALF),
                Holding.shortSale("510050", 10_000, bd("8.00"), bd("0.60"), bd("100000")));

        assertThat(f.availableMargin()).isEqualTo(bd("72000.00"));
        assertThat(f.maintenanceRatio()).isEqualTo(bd("2.5000"));
    }

    @Test
    void mixedAccountIndicators() {
        // A: collateral 3,000 × 10.00 = 30,000 (rate 0.7)
        // B: 5,000 × 20.00 = 100,000 (rate 0.5), 2,000 financed for 36,000
        // C: short 1,000 × 15.00 = 15,000 (rate 0.6), proceeds 14,000 (inside the 50,000 cash)
        // fees 1,000, financing margin ratio 0.8 (older contract), short margin ratio 0.5
        // long MV 130,000; assets 180,000; debt 36,000 + 15,000 + 1,000 = 52,000
        // ratio = 180,000 / 52,000 = 3.461538… → 3.4615; net assets 128,000
        // available = 50,000 + 21,000 (A) + 3,000 × 20 × 0.5 = 30,000 (B collateral part)
        //           + (40,000 − 36,000) × 0.5 = 2,000 + (14,000 − 15,000 = −1,000 in full)
        //           − 14,000 − 36,000 × 0.8 = 28,800 − 15,000 × 0.5 = 7,500 − 1,000 = 50,700
        MarginFigures f = calculate(balances("50000", "1000", "200000", bd("0.80"), HALF),
                Holding.collateral("A", 3_000, bd("10.00"), bd("0.70")),
                Holding.financed("B", 5_000, bd("20.00"), HALF, 2_000, bd("36000")),
                Holding.shortSale("C", 1_000, bd("15.00"), bd("0.60"), bd("14000")));

        assertThat(f.longMarketValue()).isEqualTo(bd("130000.00"));
        assertThat(f.totalAssets()).isEqualTo(bd("180000.00"));
        assertThat(f.totalDebt()).isEqualTo(bd("52000.00"));
        assertThat(f.maintenanceRatio()).isEqualTo(bd("3.4615"));
        assertThat(f.netAssets()).isEqualTo(bd("128000.00"));
        assertThat(f.availableMargin()).isEqualTo(bd("50700.00"));
        assertThat(f.financingRatio()).isEqualTo(bd("0.2000"));     // 36,000 / 180,000
        assertThat(f.top1Concentration()).isEqualTo(bd("0.7692"));  // 100,000 / 130,000 = 0.769230…
        assertThat(f.creditLimitUsage()).isEqualTo(bd("0.2550"));   // 51,000 / 200,000
    }

    @Test
    void concentrationAddsUpLotsOfTheSameSecurity() {
        // A in two lots of 2,000 × 10.00 = 40,000; B 3,000 × 10.00 = 30,000.
        // top-1 = 40,000 / 70,000 = 0.571428… → 0.5714 (per lot it would be 0.4286)
        MarginFigures f = calculate(balances("0", "0", "0", FULL, HALF),
                Holding.collateral("A", 2_000, bd("10.00"), HALF),
                Holding.collateral("A", 2_000, bd("10.00"), HALF),
                Holding.collateral("B", 3_000, bd("10.00"), HALF));

        assertThat(f.top1Concentration()).isEqualTo(bd("0.5714"));
    }

    @Test
    void roundsOnlyAtTheEnd() {
        // 1 share × 10.005 at rate 0.5: market value 10.005 → 10.01 (HALF_UP);
        // available = 10.005 × 0.5 = 5.0025 → 5.00 (rounding the value first would give 5.01)
        MarginFigures f = calculate(balances("0", "0", "0", FULL, HALF),
                Holding.collateral("159915", 1, bd("10.005"), HALF));

        assertThat(f.longMarketValue()).isEqualTo(bd("10.01"));
        assertThat(f.availableMargin()).isEqualTo(bd("5.00"));
    }

    @Test
    void rejectsNegativeQuantity() {
        assertThatThrownBy(() -> Holding.collateral("A", -1, bd("10.00"), HALF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("quantity");
    }

    @Test
    void rejectsConversionRateAboveOne() {
        assertThatThrownBy(() -> Holding.collateral("A", 100, bd("10.00"), bd("1.01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("conversionRate");
    }

    @Test
    void rejectsNegativeConversionRate() {
        assertThatThrownBy(() -> Holding.collateral("A", 100, bd("10.00"), bd("-0.10")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("conversionRate");
    }

    @Test
    void rejectsFinancedQuantityAboveQuantity() {
        assertThatThrownBy(() -> Holding.financed("A", 100, bd("10.00"), HALF, 101, bd("1000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("financedQuantity");
    }

    @Test
    void rejectsFinancedShortHolding() {
        assertThatThrownBy(() -> new Holding("A", PositionSide.SHORT, 100, bd("10.00"), HALF,
                10, BigDecimal.ZERO, bd("1000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("financedQuantity");
    }

    @Test
    void rejectsNullPrice() {
        assertThatThrownBy(() -> Holding.collateral("A", 100, null, HALF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("price");
    }

    @Test
    void rejectsNegativeCash() {
        assertThatThrownBy(() -> balances("-1", "0", "0", FULL, HALF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cash");
    }

    private static MarginFigures calculate(AccountBalances balances, Holding... holdings) {
        return MarginCalculator.calculate(balances, List.of(holdings));
    }

    private static AccountBalances balances(String cash, String fees, String creditLimit,
                                            BigDecimal financingMarginRatio, BigDecimal shortMarginRatio) {
        return new AccountBalances(bd(cash), bd(fees), bd(creditLimit), financingMarginRatio, shortMarginRatio);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
