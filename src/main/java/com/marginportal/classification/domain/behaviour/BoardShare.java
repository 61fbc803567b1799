package com.marginportal.classification.domain.behaviour;

import java.math.BigDecimal;

/** The traded value on one board (MAIN_SH, MAIN_SZ, CHINEXT, STAR, BSE; OTHER when unknown) and its share. */
public record BoardShare(String board, BigDecimal amount, BigDecimal share) {
}
