package com.marginportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.marginportal.demo.Rows.SecurityRow;

import org.junit.jupiter.api.Test;

class SecurityCatalogTest {

    private final List<SecurityRow> all = SecurityCatalog.build(20261125).all();

    @Test
    void holdsAboutTwoHundredDistinctSecuritiesWithRealBlueChips() {
        assertThat(all).hasSizeBetween(190, 210);
        assertThat(all).extracting(SecurityRow::code).doesNotHaveDuplicates();
        assertThat(all).extracting(SecurityRow::name).doesNotHaveDuplicates();
        assertThat(all).anySatisfy(s -> {
            assertThat(s.code()).isEqualTo("600519.SH");
            assertThat(s.name()).isEqualTo("贵州茅台");
            assertThat(s.price()).isBetween(new BigDecimal("1200"), new BigDecimal("1800"));
        });
        assertThat(all).extracting(SecurityRow::code).contains("300750.SZ", "688981.SH", "510300.SH", "159915.SZ");
    }

    @Test
    void codesMatchTheirBoards() {
        for (SecurityRow s : all) {
            String pattern = switch (s.board()) {
                case "MAIN_SH" -> s.securityType().equals("ETF") ? "5\\d{5}\\.SH" : "60[0-5]\\d{3}\\.SH";
                case "MAIN_SZ" -> s.securityType().equals("ETF") ? "159\\d{3}\\.SZ" : "00[0-2]\\d{3}\\.SZ";
                case "CHINEXT" -> "30[01]\\d{3}\\.SZ";
                case "STAR" -> "688\\d{3}\\.SH";
                case "BSE" -> "920\\d{3}\\.BJ";
                default -> throw new AssertionError(s.board());
            };
            assertThat(s.code()).as(s.name()).matches(pattern);
            assertThat(s.name().length()).isLessThanOrEqualTo(50);
            assertThat(s.industry().length()).isLessThanOrEqualTo(30);
        }
        assertThat(all).extracting(SecurityRow::board).contains("MAIN_SH", "MAIN_SZ", "CHINEXT", "STAR", "BSE");
    }

    @Test
    void conversionRatesStayWithinTheCaps() {
        for (SecurityRow s : all) {
            BigDecimal rate = s.conversionRate();
            if (!s.status().equals("NORMAL")) {
                assertThat(rate).isEqualByComparingTo("0");
                assertThat(s.financingEligible()).isFalse();
            } else if (s.securityType().equals("ETF")) {
                assertThat(rate).isEqualByComparingTo("0.90");
            } else if (s.indexMember()) {
                assertThat(rate).isBetween(new BigDecimal("0.60"), new BigDecimal("0.70"));
            } else {
                assertThat(rate).isBetween(new BigDecimal("0.40"), new BigDecimal("0.65"));
            }
            assertThat(s.price().signum()).isPositive();
        }
        assertThat(all).filteredOn(s -> s.status().equals("ST")).hasSize(4)
                .allSatisfy(s -> assertThat(s.name()).matches("\\*?ST.+"));
        assertThat(all).filteredOn(s -> s.status().equals("SUSPENDED")).hasSize(1);
        assertThat(all).filteredOn(s -> s.securityType().equals("ETF")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void boardFollowsFromTheCode() {
        assertThat(SecurityCatalog.board("688981.SH")).isEqualTo("STAR");
        assertThat(SecurityCatalog.board("600519.SH")).isEqualTo("MAIN_SH");
        assertThat(SecurityCatalog.board("300750.SZ")).isEqualTo("CHINEXT");
        assertThat(SecurityCatalog.board("002594.SZ")).isEqualTo("MAIN_SZ");
        assertThat(SecurityCatalog.board("920001.BJ")).isEqualTo("BSE");
    }
}
