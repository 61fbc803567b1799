package com.marginportal.importing;

import java.util.List;
import java.util.Locale;

/** A column of an import format: its snake_case name, accepted Chinese header aliases, and whether it must be present. */
record Column(String name, List<String> aliases, boolean required) {

    static Column required(String name, String... aliases) {
        return new Column(name, List.of(aliases), true);
    }

    static Column optional(String name, String... aliases) {
        return new Column(name, List.of(aliases), false);
    }

    /** Header texts are matched case-insensitively, with spaces and hyphens read as underscores. */
    static String normalise(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }

    boolean matches(String header) {
        String h = normalise(header);
        return name.equals(h) || aliases.stream().anyMatch(a -> a.equals(header.strip()));
    }
}
