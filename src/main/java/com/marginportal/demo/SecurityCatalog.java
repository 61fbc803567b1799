package com.marginportal.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import com.marginportal.demo.Rows.SecurityRow;

/**
 * About 200 securities: the {@link WellKnownSecurities} plus synthesized ones with codes in each board's
 * range. Conversion rates stay within the exchange caps: index constituents 0.60–0.70, other A-shares
 * 0.40–0.65, ETFs 0.90, ST and suspended 0.
 */
final class SecurityCatalog {

    static final String NORMAL = "NORMAL";
    static final String ST = "ST";
    static final String SUSPENDED = "SUSPENDED";

    private final List<SecurityRow> all;
    private final Map<String, SecurityRow> byCode = new LinkedHashMap<>();
    private final double[] cumulativeWeight;
    private final List<SecurityRow> financeable;
    private final List<SecurityRow> shortable;
    /** Normal ETFs and main-board index constituents: what the risk classification does not count as volatile. */
    private final List<SecurityRow> steady;

    SecurityCatalog(List<SecurityRow> securities) {
        this.all = List.copyOf(securities);
        all.forEach(s -> {
            if (byCode.put(s.code(), s) != null) {
                throw new IllegalArgumentException("duplicate security " + s.code());
            }
        });
        cumulativeWeight = new double[all.size()];
        double sum = 0;
        for (int i = 0; i < all.size(); i++) {
            sum += holdingWeight(all.get(i));
            cumulativeWeight[i] = sum;
        }
        financeable = all.stream().filter(SecurityRow::financingEligible).toList();
        shortable = all.stream().filter(SecurityRow::shortEligible).toList();
        steady = all.stream().filter(s -> NORMAL.equals(s.status()) && !isVolatile(s)).toList();
    }

    /**
     * The classification's "volatile" holding (client.ClientActivitySql): a stock on STAR, ChiNext or BSE, or any
     * stock outside the indexes.
     */
    static boolean isVolatile(SecurityRow s) {
        return "STOCK".equals(s.securityType())
                && (!s.indexMember() || Set.of("STAR", "CHINEXT", "BSE").contains(s.board()));
    }

    /**
     * The picks with volatile securities beyond {@code maxVolatile} swapped for steady ones not yet held (drawn
     * from {@code r}, a stream of its own so the rest of the account stays as drawn). The first pick stays
     * financeable.
     */
    List<SecurityRow> steadier(List<SecurityRow> picks, int maxVolatile, RandomGenerator r) {
        List<SecurityRow> result = new ArrayList<>(picks);
        Set<SecurityRow> held = new HashSet<>(picks);
        int volatileCount = 0;
        for (int i = 0; i < result.size(); i++) {
            if (!isVolatile(result.get(i)) || ++volatileCount <= maxVolatile) {
                continue;
            }
            boolean mustFinance = i == 0; // the pick that guarantees a financeable holding
            List<SecurityRow> free = steady.stream()
                    .filter(s -> !held.contains(s) && (!mustFinance || s.financingEligible())).toList();
            if (!free.isEmpty()) {
                SecurityRow swap = DemoRandom.pick(r, free);
                held.add(swap);
                result.set(i, swap);
            }
        }
        return result;
    }

    static SecurityCatalog build(long seed) {
        RandomGenerator r = DemoRandom.forPart(seed, "securities");
        List<SecurityRow> rows = new ArrayList<>();
        for (String line : WellKnownSecurities.STOCKS) {
            rows.add(wellKnown(line.split("\\|"), "STOCK", r));
        }
        for (String line : WellKnownSecurities.ETFS) {
            rows.add(wellKnown(line.split("\\|"), "ETF", r));
        }
        rows.addAll(new SyntheticSecurities(r, rows).create());
        return new SecurityCatalog(rows);
    }

    List<SecurityRow> all() {
        return all;
    }

    SecurityRow get(String code) {
        SecurityRow s = byCode.get(code);
        if (s == null) {
            throw new IllegalArgumentException("unknown security " + code);
        }
        return s;
    }

    BigDecimal price(String code) {
        return get(code).price();
    }

    /** Distinct securities to hold long, favouring index constituents; at least one can be financed. */
    List<SecurityRow> pickLongs(int count, RandomGenerator r) {
        Set<SecurityRow> picked = new HashSet<>();
        List<SecurityRow> result = new ArrayList<>();
        result.add(DemoRandom.pick(r, financeable));
        picked.add(result.get(0));
        double total = cumulativeWeight[cumulativeWeight.length - 1];
        while (result.size() < Math.min(count, all.size())) {
            int i = Arrays.binarySearch(cumulativeWeight, r.nextDouble() * total);
            SecurityRow s = all.get(i >= 0 ? i : -i - 1);
            if (picked.add(s)) {
                result.add(s);
            }
        }
        return result;
    }

    /** Distinct short-eligible securities that are not among {@code held}. */
    List<SecurityRow> pickShorts(int count, Set<String> held, RandomGenerator r) {
        List<SecurityRow> candidates = new ArrayList<>(
                shortable.stream().filter(s -> !held.contains(s.code())).toList());
        List<SecurityRow> result = new ArrayList<>();
        while (result.size() < count && !candidates.isEmpty()) {
            result.add(candidates.remove(r.nextInt(candidates.size())));
        }
        return result;
    }

    private static double holdingWeight(SecurityRow s) {
        if (!NORMAL.equals(s.status())) {
            return ST.equals(s.status()) ? 0.15 : 0.1;
        }
        if ("ETF".equals(s.securityType())) {
            return 1.5;
        }
        return s.indexMember() ? 3 : 1;
    }

    private static SecurityRow wellKnown(String[] f, String type, RandomGenerator r) {
        boolean index = "Y".equals(f[4]);
        boolean etf = "ETF".equals(type);
        BigDecimal rate = etf ? new BigDecimal("0.9000") : index ? rate(r, 60, 70) : rate(r, 50, 65);
        return new SecurityRow(f[0], f[1], board(f[0]), type, f[2], index, NORMAL, rate, true, true,
                new BigDecimal(f[3]));
    }

    /** A conversion rate in steps of 5 percentage points within [lowPercent, highPercent]. */
    static BigDecimal rate(RandomGenerator r, int lowPercent, int highPercent) {
        int steps = (highPercent - lowPercent) / 5 + 1;
        return BigDecimal.valueOf(lowPercent + 5L * r.nextInt(steps), 2).setScale(4);
    }

    /** Board from the code: 688 STAR, other .SH main; 300/301 ChiNext, other .SZ main; .BJ BSE. */
    static String board(String code) {
        if (code.endsWith(".BJ")) {
            return "BSE";
        }
        if (code.endsWith(".SH")) {
            return code.startsWith("688") ? "STAR" : "MAIN_SH";
        }
        return code.startsWith("30") ? "CHINEXT" : "MAIN_SZ";
    }
}
