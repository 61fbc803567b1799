package com.marginportal.classification;

import com.marginportal.classification.domain.ClassificationThresholds;
import com.marginportal.classification.domain.behaviour.BehaviourReport;

/** A client's behaviour report with the classification thresholds in force, to hold the figures against. */
public record TradingBehaviour(BehaviourReport report, ClassificationThresholds thresholds) {
}
