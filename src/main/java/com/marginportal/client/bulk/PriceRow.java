package com.marginportal.client.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The latest price of a security. */
public record PriceRow(String code, BigDecimal price, LocalDate priceDate) {
}
