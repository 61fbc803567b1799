package com.marginportal.classification.domain.behaviour;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Largest long position ÷ long market value on one day. */
public record ConcentrationPoint(LocalDate day, BigDecimal top1) {
}
