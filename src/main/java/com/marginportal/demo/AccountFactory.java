package com.marginportal.demo;

import static com.marginportal.demo.DemoRandom.between;
import static com.marginportal.demo.DemoRandom.chance;
import static com.marginportal.demo.DemoRandom.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import com.marginportal.demo.Rows.AccountRow;
import com.marginportal.demo.Rows.PositionRow;
import com.marginportal.demo.Rows.SecurityRow;

/**
 * Builds a credit account that shows the maintenance ratio of its {@link RatioPlan}: long positions at
 * today's prices, some cash, sometimes short sales (their proceeds are credited to cash), then exactly the
 * financing debt that makes (cash + long value) ÷ (financing + short value + fees) equal the target.
 * Account id = {@value #ACCOUNT_ID_BASE} + client number.
 */
final class AccountFactory {

    static final long ACCOUNT_ID_BASE = 880_000_000_000L;

    /** Contracts from this day on need a 100% financing margin; older ones keep 80%. */
    static final LocalDate NEW_FINANCING_MARGIN_RULE = LocalDate.of(2026, 1, 19);

    private static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal FOUR = new BigDecimal("4");
    private static final String[][] SPECIAL_LINES = {
        {"1.5000", "1.3000", "1.2000"}, {"1.6000", "1.4000", "1.2000"}, {"1.3000", "1.2000", "1.1000"}};

    private final SecurityCatalog catalog;

    AccountFactory(SecurityCatalog catalog) {
        this.catalog = catalog;
    }

    static long accountId(long clientNumber) {
        return ACCOUNT_ID_BASE + clientNumber;
    }

    AccountBundle create(long clientNumber, RatioPlan plan, LocalDate today, RandomGenerator r) {
        return create(clientNumber, plan, PortfolioStyle.ADVENTUROUS, today, r, r);
    }

    /** @param styleRandom the stream that swaps picks for the style (its own, so {@code r} draws as without it) */
    AccountBundle create(long clientNumber, RatioPlan plan, PortfolioStyle style, LocalDate today, RandomGenerator r,
                         RandomGenerator styleRandom) {
        long accountId = accountId(clientNumber);
        List<PositionRow> longs = longPositions(accountId, plan.distressed(), style, r, styleRandom);
        BigDecimal longValue = value(longs);
        double cashShare = plan.distressed() ? between(r, 0, 0.05) : between(r, 0, 0.20);
        BigDecimal ownCash = money(longValue.doubleValue() * cashShare / (1 - cashShare));
        boolean withShorts = plan.hasDebt() && plan.target().compareTo(FOUR) <= 0 && chance(r, 0.10);
        List<PositionRow> shorts = withShorts ? shortPositions(accountId, longs, longValue, r) : List.of();

        BigDecimal financed = ZERO;
        BigDecimal fees = ZERO;
        if (plan.hasDebt()) {
            BigDecimal[] debt = debt(plan.target(), ownCash.add(longValue), shorts, r);
            if (!shorts.isEmpty() && debt[0].signum() <= 0) {
                // the short sales alone would exceed the planned debt: drop them
                shorts = List.of();
                debt = debt(plan.target(), ownCash.add(longValue), shorts, r);
            }
            financed = debt[0];
            fees = debt[1];
            longs = FinancingAllocator.allocate(longs, financed, catalog, r);
        }
        BigDecimal cash = ownCash.add(sum(shorts, PositionRow::shortProceeds));
        List<PositionRow> positions = new ArrayList<>(longs);
        positions.addAll(shorts);

        LocalDate start = today.minusDays(r.nextInt(183));
        String[] special = chance(r, 0.02) ? SPECIAL_LINES[r.nextInt(SPECIAL_LINES.length)] : new String[3];
        AccountRow account = new AccountRow(accountId, ClientFactory.clientId(clientNumber), cash, fees,
                creditLimit(financed.add(value(shorts)), cash.add(longValue), r),
                new BigDecimal(start.isBefore(NEW_FINANCING_MARGIN_RULE) ? "0.8000" : "1.0000"),
                new BigDecimal("0.5000"), start, start.plusMonths(6),
                decimal(special[0]), decimal(special[1]), decimal(special[2]));
        return new AccountBundle(account, positions, plan);
    }

    /** 5–20 positions (most accounts hold few) worth about 800,000 CNY, log-normally spread. */
    private List<PositionRow> longPositions(long accountId, boolean distressed, PortfolioStyle style, RandomGenerator r,
                                            RandomGenerator styleRandom) {
        double u = r.nextDouble();
        int count = 5 + (int) (16 * u * u);
        double total = Math.min(30_000_000, Math.max(150_000, 800_000 * Math.exp(r.nextGaussian())));
        List<SecurityRow> drawn = catalog.pickLongs(count, r);
        List<SecurityRow> picks = catalog.steadier(drawn, style.maxVolatile(drawn.size()), styleRandom);
        double[] weights = new double[picks.size()];
        double weightSum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = between(r, 0.3, 1.0);
            weightSum += weights[i];
        }
        List<PositionRow> rows = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++) {
            SecurityRow s = picks.get(i);
            double lots = total * weights[i] / weightSum / s.price().doubleValue() / 100;
            long quantity = Math.max(1, Math.round(lots)) * 100;
            double costFactor = distressed ? between(r, 1.0, 1.4) : between(r, 0.7, 1.3);
            BigDecimal cost = s.price().multiply(BigDecimal.valueOf(costFactor)).setScale(3, RoundingMode.HALF_UP);
            rows.add(new PositionRow(accountId, s.code(), PositionRow.LONG, quantity, cost, 0, ZERO, ZERO));
        }
        return rows;
    }

    /** One or two short sales worth 3–10% of the long value, sold within −8%…+12% of today's price. */
    private List<PositionRow> shortPositions(long accountId, List<PositionRow> longs, BigDecimal longValue,
                                             RandomGenerator r) {
        Set<String> held = longs.stream().map(PositionRow::securityCode).collect(Collectors.toSet());
        List<SecurityRow> picks = catalog.pickShorts(1 + r.nextInt(2), held, r);
        List<PositionRow> rows = new ArrayList<>();
        for (SecurityRow s : picks) {
            double target = longValue.doubleValue() * between(r, 0.03, 0.10) / picks.size();
            long quantity = Math.max(1, Math.round(target / s.price().doubleValue() / 100)) * 100;
            BigDecimal sellPrice = s.price().multiply(BigDecimal.valueOf(between(r, 0.92, 1.12)))
                    .setScale(s.price().scale(), RoundingMode.HALF_UP).setScale(3);
            rows.add(new PositionRow(accountId, s.code(), PositionRow.SHORT, quantity, sellPrice, 0, ZERO,
                    money(sellPrice.multiply(BigDecimal.valueOf(quantity)))));
        }
        return rows;
    }

    /**
     * [financing principal, interest and fees] so that assets ÷ (financing + short value + fees) = target,
     * with fees 0.1–1% of the debt. {@code ownAssets} excludes the short proceeds, added here.
     */
    private BigDecimal[] debt(BigDecimal target, BigDecimal ownAssets, List<PositionRow> shorts, RandomGenerator r) {
        BigDecimal assets = ownAssets.add(sum(shorts, PositionRow::shortProceeds));
        BigDecimal denominator = assets.divide(target, 2, RoundingMode.HALF_UP);
        double feeRate = between(r, 0.001, 0.01);
        BigDecimal fees = money(denominator.doubleValue() * feeRate / (1 + feeRate));
        BigDecimal financed = money(denominator.subtract(value(shorts)).subtract(fees));
        return new BigDecimal[] {financed, fees};
    }

    /** Comfortably above the debt for most accounts, close to it for about 5%. */
    private static BigDecimal creditLimit(BigDecimal debt, BigDecimal assets, RandomGenerator r) {
        if (debt.signum() == 0) {
            return roundUp(Math.max(500_000, assets.doubleValue() * between(r, 0.5, 1.5)), 100_000);
        }
        if (chance(r, 0.05)) {
            return roundUp(debt.doubleValue() * between(r, 1.0, 1.05), 10_000);
        }
        return roundUp(Math.max(500_000, debt.doubleValue() * between(r, 1.3, 2.5)), 100_000);
    }

    private BigDecimal value(List<PositionRow> rows) {
        BigDecimal total = BigDecimal.ZERO;
        for (PositionRow p : rows) {
            total = total.add(p.valueAt(catalog.price(p.securityCode())));
        }
        return total;
    }

    private static BigDecimal sum(List<PositionRow> rows, java.util.function.Function<PositionRow, BigDecimal> f) {
        return rows.stream().map(f).reduce(ZERO, BigDecimal::add);
    }

    private static BigDecimal roundUp(double amount, long step) {
        return BigDecimal.valueOf((long) Math.ceil(amount / step) * step).setScale(2);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
