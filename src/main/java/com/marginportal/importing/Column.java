package com.marginportal.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A column of an import format: its snake_case name, accepted Chinese header aliases, and whether it must be present.
 * Public for the upload view, which lists a kind's columns and offers their template.
 */
public record Column(String name, List<String> aliases, boolean required) {

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

    /** The header a template uses: the first Chinese alias when asked for one, else the column name. */
    public String header(boolean chinese) {
        return chinese && !aliases.isEmpty() ? aliases.get(0) : name;
    }

    /**
     * A template file: the header row alone, UTF-8 with a byte-order mark so that Excel reads the Chinese headers
     * (the importer ignores the mark). Headers never hold commas or quotes, so no quoting is needed.
     */
    public static byte[] csvTemplate(List<Column> columns, boolean chinese) {
        return ("\uFEFF" + columns.stream().map(c -> c.header(chinese)).collect(Collectors.joining(",")) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    boolean matches(String header) {
        String h = normalise(header);
        return name.equals(h) || aliases.stream().anyMatch(a -> a.equals(header.strip()));
    }
}
