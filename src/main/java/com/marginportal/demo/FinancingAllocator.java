package com.marginportal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

import com.marginportal.demo.Rows.PositionRow;

/**
 * Spreads a financing principal over some of an account's financing-eligible long positions, in proportion
 * to their cost. A position's financed amount stays below its cost (financed_amount ≈ financed_quantity ×
 * cost_price); when the positions bought cannot carry the debt, the account must have bought higher than
 * today's price, so their cost prices are raised.
 */
final class FinancingAllocator {

    /** Financing never exceeds 90% of the cost of the positions it is spread over. */
    private static final BigDecimal MAX_SHARE_OF_COST = new BigDecimal("0.90");
    /** Stop adding positions once their cost covers the debt this many times. */
    private static final BigDecimal ENOUGH_COVER = new BigDecimal("1.25");

    private FinancingAllocator() {
    }

    static List<PositionRow> allocate(List<PositionRow> longs, BigDecimal financed, SecurityCatalog catalog,
                                      RandomGenerator r) {
        List<PositionRow> result = new ArrayList<>(longs);
        if (financed.signum() == 0) {
            return result;
        }
        List<Integer> chosen = choose(longs, financed, catalog, r);
        BigDecimal capacity = cost(result, chosen);
        BigDecimal needed = financed.divide(MAX_SHARE_OF_COST, 2, RoundingMode.UP);
        if (capacity.compareTo(needed) < 0) {
            BigDecimal factor = needed.divide(capacity, 10, RoundingMode.UP);
            for (int i : chosen) {
                PositionRow p = result.get(i);
                result.set(i, withFinancing(p, p.costPrice().multiply(factor).setScale(3, RoundingMode.UP), 0,
                        p.financedAmount()));
            }
            capacity = cost(result, chosen);
        }
        // the largest position goes last and takes the rounding remainder
        chosen.sort(Comparator.comparing(i -> cost(result.get(i))));
        BigDecimal remaining = financed;
        for (int k = 0; k < chosen.size(); k++) {
            PositionRow p = result.get(chosen.get(k));
            BigDecimal share = k == chosen.size() - 1 ? remaining
                    : financed.multiply(cost(p)).divide(capacity, 2, RoundingMode.HALF_UP);
            remaining = remaining.subtract(share);
            long quantity = Math.min(p.quantity(),
                    share.divide(p.costPrice(), 0, RoundingMode.CEILING).longValueExact());
            result.set(chosen.get(k), withFinancing(p, p.costPrice(), quantity, share));
        }
        return result;
    }

    /** Eligible positions in random order until their cost covers the debt with room to spare. */
    private static List<Integer> choose(List<PositionRow> longs, BigDecimal financed, SecurityCatalog catalog,
                                        RandomGenerator r) {
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < longs.size(); i++) {
            if (catalog.get(longs.get(i).securityCode()).financingEligible()) {
                eligible.add(i);
            }
        }
        if (eligible.isEmpty()) {
            throw new IllegalArgumentException("no financing-eligible position to carry the debt");
        }
        for (int i = eligible.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            eligible.set(i, eligible.set(j, eligible.get(i)));
        }
        List<Integer> chosen = new ArrayList<>();
        BigDecimal covered = BigDecimal.ZERO;
        BigDecimal enough = financed.multiply(ENOUGH_COVER);
        for (int i : eligible) {
            chosen.add(i);
            covered = covered.add(cost(longs.get(i)));
            if (covered.compareTo(enough) >= 0) {
                break;
            }
        }
        return chosen;
    }

    private static BigDecimal cost(PositionRow p) {
        return p.costPrice().multiply(BigDecimal.valueOf(p.quantity()));
    }

    private static BigDecimal cost(List<PositionRow> rows, List<Integer> indexes) {
        return indexes.stream().map(i -> cost(rows.get(i))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static PositionRow withFinancing(PositionRow p, BigDecimal costPrice, long quantity, BigDecimal amount) {
        return new PositionRow(p.accountId(), p.securityCode(), p.side(), p.quantity(), costPrice, quantity, amount,
                p.shortProceeds());
    }
}
