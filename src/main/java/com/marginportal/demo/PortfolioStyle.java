package com.marginportal.demo;

import java.util.random.RandomGenerator;

/**
 * How adventurous a client's holdings are, so the risk-level mix looks like a real book: most clients hold
 * index shares and ETFs (LOW or MEDIUM risk), a few are concentrated in small caps and new sectors (HIGH by the
 * classification's volatile-share rule). The maintenance-ratio plan makes its own HIGH clients near the lines.
 */
enum PortfolioStyle {
    /** Index constituents and ETFs only. */
    STEADY(55, 0.0),
    /** About a third in volatile names: above the LOW bound, below the HIGH one. */
    BALANCED(43, 0.34),
    /** As drawn from the whole catalogue: mostly volatile names. */
    ADVENTUROUS(2, 1.0);

    private final int weight;
    private final double volatileShare;

    PortfolioStyle(int weight, double volatileShare) {
        this.weight = weight;
        this.volatileShare = volatileShare;
    }

    static PortfolioStyle draw(RandomGenerator r) {
        PortfolioStyle[] styles = values();
        int[] weights = new int[styles.length];
        for (int i = 0; i < styles.length; i++) {
            weights[i] = styles[i].weight;
        }
        return styles[DemoRandom.weighted(r, weights)];
    }

    /** How many of {@code positions} picks may be volatile names. */
    int maxVolatile(int positions) {
        return (int) Math.floor(positions * volatileShare);
    }
}
