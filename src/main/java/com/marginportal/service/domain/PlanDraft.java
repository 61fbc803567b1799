package com.marginportal.service.domain;

import java.math.BigDecimal;
import java.util.Objects;

import com.marginportal.security.PlainText;
import com.marginportal.classification.domain.Dimension;

/**
 * A contact plan as an admin writes it: the segment (a classified value of one dimension), the optional ratio
 * condition and the interval. Validated here, so a plan that cannot work is never stored.
 */
public record PlanDraft(String name, Dimension dimension, String value, BigDecimal ratioBelow, int intervalDays,
                        boolean active) {

    public static final int MAX_NAME = 100;

    public PlanDraft {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("a plan needs a name of at most " + MAX_NAME + " characters");
        }
        name = PlainText.requireSingleLine("name", name.strip());
        Objects.requireNonNull(dimension, "dimension");
        if (value == null || Dimension.UNCLASSIFIED.equals(value) || !dimension.allows(value)) {
            throw new IllegalArgumentException(value + " is not a value of " + dimension);
        }
        new PlanRule(intervalDays, ratioBelow);
    }

    public PlanRule rule() {
        return new PlanRule(intervalDays, ratioBelow);
    }

    /** The audit log's words for the plan: its fields by name, without the record's class name. */
    public String auditText() {
        return "\"" + name + "\": " + dimension + "=" + value
                + (ratioBelow == null ? ""
                        : ", ratio below " + ratioBelow.movePointRight(2).stripTrailingZeros().toPlainString() + "%")
                + ", every " + intervalDays + " days" + (active ? "" : ", inactive");
    }
}
