package com.marginportal.classification.domain;

/** "The effective class of this dimension is this value", e.g. RISK_LEVEL = HIGH. */
public record Condition(Dimension dimension, String value) {

    public Condition {
        if (dimension == null || value == null || Dimension.UNCLASSIFIED.equals(value) || !dimension.allows(value)) {
            throw new IllegalArgumentException(value + " is not a value of " + dimension);
        }
    }

    public boolean holdsFor(java.util.Map<Dimension, String> effective) {
        return value.equals(effective.get(dimension));
    }

    @Override
    public String toString() {
        return dimension + "=" + value;
    }
}
