package com.marginportal.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A column of an import format as users are told about it: its name, the Chinese headers also accepted, required. */
public record ImportColumn(String name, List<String> aliases, boolean required) {

    /** The header the template uses: the first Chinese alias when asked for one, else the column name. */
    public String header(boolean chinese) {
        return chinese && !aliases.isEmpty() ? aliases.get(0) : name;
    }

    /**
     * A template file: the header row alone, UTF-8 with a byte-order mark so that Excel reads the Chinese headers
     * (the importer ignores the mark). Headers never hold commas or quotes, so no quoting is needed.
     */
    public static byte[] csvTemplate(List<ImportColumn> columns, boolean chinese) {
        Function<ImportColumn, String> header = c -> c.header(chinese);
        return ("\uFEFF" + columns.stream().map(header).collect(Collectors.joining(",")) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
