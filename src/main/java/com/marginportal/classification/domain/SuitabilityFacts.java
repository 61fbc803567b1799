package com.marginportal.classification.domain;

import java.time.LocalDate;

/**
 * What the suitability rules read about one client. A null figure is unknown: the rule that needs it reports
 * that it could not be checked (an unknown is an issue, never a pass).
 *
 * @param riskTolerance  the assessed tolerance as recorded, e.g. "C4"
 * @param birthDate      for the age
 * @param tradingSince   first day of securities trading (start of the trading experience)
 * @param openedOn       the day the margin account was opened
 */
public record SuitabilityFacts(String riskTolerance, LocalDate birthDate, LocalDate tradingSince, LocalDate openedOn) {
}
