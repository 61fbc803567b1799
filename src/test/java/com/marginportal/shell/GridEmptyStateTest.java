package com.marginportal.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** No grid shows a blank box: each one the code makes says what an empty list means ("暂无…", "No … yet"). */
class GridEmptyStateTest {

    private static final Pattern GRID = Pattern.compile("new Grid<|extends Grid<");
    private static final Pattern EMPTY_TEXT = Pattern.compile("setEmptyStateText\\(");

    @Test
    void everyGridHasAnEmptyStateText() throws IOException {
        List<String> without = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                long grids = count(GRID.matcher(code));
                if (grids > count(EMPTY_TEXT.matcher(code))) {
                    without.add(file.getFileName() + " (" + grids + " grids)");
                }
            }
        }
        assertThat(without).as("files making more grids than they give empty-state texts").isEmpty();
    }

    private static long count(Matcher m) {
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
