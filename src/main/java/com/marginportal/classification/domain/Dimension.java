package com.marginportal.classification.domain;

/** The four ways the seed article classifies a margin client, with the values each can take. */
public enum Dimension {
    RISK_LEVEL("LOW", "MEDIUM", "HIGH"),
    TRADING_BEHAVIOUR("SHORT_TERM", "MEDIUM_LONG_TERM"),
    ASSET_SCALE("HIGH_NET_WORTH", "MEDIUM", "ORDINARY"),
    NEEDS("ACTIVE", "PASSIVE");

    /** The value when the data needed to decide is missing. */
    public static final String UNCLASSIFIED = "UNCLASSIFIED";

    private final String[] values;

    Dimension(String... values) {
        this.values = values;
    }

    public boolean allows(String value) {
        return UNCLASSIFIED.equals(value) || java.util.Arrays.asList(values).contains(value);
    }

    public java.util.List<String> allowedValues() {
        return java.util.List.of(values);
    }
}
