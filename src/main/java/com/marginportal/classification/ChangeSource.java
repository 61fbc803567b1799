package com.marginportal.classification;

/** Who changed a client's class: the recalculation (new data or thresholds) or a manager's override. */
public enum ChangeSource {
    COMPUTED, OVERRIDE
}
