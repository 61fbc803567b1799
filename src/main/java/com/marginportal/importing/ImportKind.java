package com.marginportal.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a file holds; the lower-case name is the REST path segment ({@code /api/v1/imports/positions}). */
public enum ImportKind {
    SECURITIES, PRICES, POSITIONS, BALANCES, CLIENTS, TRADES, HOLIDAYS;

    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportKind> fromPathName(String name) {
        return Arrays.stream(values()).filter(k -> k.pathName().equalsIgnoreCase(name)).findFirst();
    }
}
