package com.marginportal.client.bulk;

import java.math.BigDecimal;

/** One security of the securities master with its conversion rate and margin eligibility. */
public record SecurityRow(String code, String name, String board, String type, String industry, boolean indexMember,
                          String status, BigDecimal conversionRate, boolean financingEligible,
                          boolean shortEligible) {
}
