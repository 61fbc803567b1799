package com.marginportal.classification.domain;

import java.util.List;

/** The value of one dimension for one client, with every reason that decided it. */
public record Classification(Dimension dimension, String value, List<Reason> reasons) {

    public Classification {
        if (dimension == null || !dimension.allows(value)) {
            throw new IllegalArgumentException(value + " is not a value of " + dimension);
        }
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a classification must say why");
        }
    }

    public boolean isClassified() {
        return !Dimension.UNCLASSIFIED.equals(value);
    }
}
