package com.marginportal.classification.domain.behaviour;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The account on one day: total assets and top-1 concentration (null without long positions). */
public record ValuationFact(LocalDate day, BigDecimal totalAssets, BigDecimal top1Concentration) {
}
