package com.marginportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import com.marginportal.demo.Rows.SecurityRow;

import org.junit.jupiter.api.Test;

class PortfolioStyleTest {

    private final SecurityCatalog catalog = SecurityCatalog.build(20261125);

    @Test
    void steadyHoldingsHaveNoVolatileNamesAndBalancedAtMostAThird() {
        SplittableRandom r = new SplittableRandom(3);
        int swapped = 0;
        for (int i = 0; i < 500; i++) {
            List<SecurityRow> drawn = catalog.pickLongs(5 + r.nextInt(16), r);
            List<SecurityRow> steady = catalog.steadier(drawn, PortfolioStyle.STEADY.maxVolatile(drawn.size()), r);
            List<SecurityRow> balanced = catalog.steadier(drawn, PortfolioStyle.BALANCED.maxVolatile(drawn.size()), r);
            assertThat(steady).hasSameSizeAs(drawn).doesNotHaveDuplicates().noneMatch(SecurityCatalog::isVolatile);
            assertThat(steady.get(0).financingEligible()).isTrue();
            assertThat(balanced.stream().filter(SecurityCatalog::isVolatile).count())
                    .isLessThanOrEqualTo(Math.round(Math.floor(drawn.size() * 0.34)));
            assertThat(catalog.steadier(drawn, PortfolioStyle.ADVENTUROUS.maxVolatile(drawn.size()), r)).isEqualTo(drawn);
            swapped += drawn.equals(steady) ? 0 : 1;
        }
        assertThat(swapped).as("the catalogue's draw is mostly volatile: steady portfolios differ").isGreaterThan(400);
    }

    @Test
    void mostClientsAreSteadyOrBalanced() {
        SplittableRandom r = new SplittableRandom(11);
        int adventurous = 0;
        for (int i = 0; i < 10_000; i++) {
            adventurous += PortfolioStyle.draw(r) == PortfolioStyle.ADVENTUROUS ? 1 : 0;
        }
        assertThat(adventurous).isBetween(100, 300);
    }
}
