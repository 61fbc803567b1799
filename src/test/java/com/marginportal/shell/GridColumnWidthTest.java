package com.marginportal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A grid column's width is the same in its header and its rows: an {@code em} width counts in each cell's own font,
 * and Lumo's header cells are smaller (14 px against 16 px), so a "6em" column was 84 px in the header and 96 px
 * below it, and every header after it stood left of its values (up to 29 px in the client list). Widths in
 * {@code rem} count in the page's font, alike in both.
 */
class GridColumnWidthTest {

    /** One statement that adds or configures a column and gives it an em width. */
    private static final Pattern COLUMN = Pattern.compile("(addColumn|addComponentColumn|getColumnByKey|Column<)[^;]*?"
            + "setWidth\\([^)]*\"[0-9.]+em\"", Pattern.DOTALL);

    @Test
    void noColumnWidthCountsInItsCellsFont() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = COLUMN.matcher(Files.readString(file));
                while (m.find()) {
                    String statement = m.group().replaceAll("\\s+", " ");
                    found.add(file.getFileName() + ": " + statement.substring(0, Math.min(90, statement.length())));
                }
            }
        }
        assertThat(found).as("grid columns sized in em (use rem)").isEmpty();
        assertThat(DateTimeCells.WIDTH).as("the date-time columns' width").endsWith("rem");
    }
}
