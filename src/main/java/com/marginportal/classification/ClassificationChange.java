package com.marginportal.classification;

import java.time.Instant;

import com.marginportal.classification.domain.Dimension;

/**
 * One change of a client's class.
 *
 * @param oldValue null when an override is the dimension's first value
 * @param reason   the manager's reason for an override; for a recalculation the thresholds version ("v3")
 */
public record ClassificationChange(long clientId, Dimension dimension, String oldValue, String newValue,
                                   ChangeSource source, String changedBy, String reason, Instant changedAt) {
}
