package com.marginportal.importing;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Import settings ({@code portal.import.*}). A credit account first seen in a clients file is created
 * with these contract terms until a balances import sets the real ones (broker-set numbers, so configuration).
 */
@ConfigurationProperties("portal.import")
public record ImportProperties(
        @DefaultValue("1.0000") BigDecimal newAccountFinancingMarginRatio,
        @DefaultValue("0.5000") BigDecimal newAccountShortMarginRatio,
        @DefaultValue("6") int newAccountContractMonths) {

    /** The defaults, for code that runs without Spring (unit tests). */
    public static ImportProperties defaults() {
        return new ImportProperties(new BigDecimal("1.0000"), new BigDecimal("0.5000"), 6);
    }
}
