package com.marginportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Two persistence styles, one line between them (docs/architecture.md): single-aggregate CRUD goes through Spring
 * Data JPA repositories, and every class that still uses JdbcClient, JdbcTemplate or NamedParameterJdbcTemplate says
 * why in one line of its class comment that starts with {@value #MARKER}, followed by the reason.
 */
class PersistenceStyleTest {

    static final String MARKER = "JdbcClient, not JPA";

    private static final Path SOURCES = Path.of("src/main/java/com/marginportal");
    private static final Pattern USES_JDBC = Pattern.compile(
            "\\borg\\.springframework\\.jdbc\\.core\\.(?:simple\\.JdbcClient|JdbcTemplate|namedparam\\.NamedParameterJdbcTemplate)\\b");
    private static final Pattern TYPE = Pattern.compile(
            "(?m)^(?:(?:public|final|abstract|sealed|non-sealed)\\s+)*(?:class|record|interface|enum)\\s+\\w+");
    /** The marker, then ":" or "," and at least a few words of reason. */
    private static final Pattern WHY_LINE =
            Pattern.compile("(?m)^\\s*\\*\\s*" + Pattern.quote(MARKER) + "[:,]\\s*\\S+(?:\\s+\\S+){2,}");

    @Test
    void everyJdbcClassSaysWhyInOneLine() throws IOException {
        List<String> offenders = offenders();
        assertThat(offenders).as("%d classes use JdbcClient/JdbcTemplate/NamedParameterJdbcTemplate without a class"
                + " comment line \"%s: <why>\" (set-based, bulk, join for a board, duplicate key as an answer...)"
                + " — or they are single-aggregate CRUD and belong in a JPA repository", offenders.size(), MARKER)
                .isEmpty();
    }

    @Test
    void theCheckReadsTheClassCommentOnly() {
        String marked = "package p;\nimport org.springframework.jdbc.core.simple.JdbcClient;\n/**\n * Scans.\n *\n"
                + " * " + MARKER + ": one statement values every account.\n */\n@Component\nclass Scan {\n}\n";
        String unmarked = "package p;\n/** Scans. */\n@Component\nclass Scan {\n    /**\n     * " + MARKER
                + ": not in the class comment.\n     */\n    void m() {}\n}\n";
        assertThat(USES_JDBC.matcher(marked).find()).isTrue();
        assertThat(saysWhy(marked)).isTrue();
        assertThat(saysWhy(unmarked)).isFalse();
        assertThat(saysWhy(marked.replace(": one statement values every account.", ":"))).isFalse();
        assertThat(saysWhy("package p;\n/** " + MARKER + ": one statement. */\nclass A {}\n")).isFalse();
    }

    private static List<String> offenders() throws IOException {
        TreeSet<String> offenders = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (USES_JDBC.matcher(source).find() && !saysWhy(source)) {
                    offenders.add(SOURCES.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return List.copyOf(offenders);
    }

    static boolean saysWhy(String source) {
        return classComment(source).map(c -> WHY_LINE.matcher(c).find()).orElse(false);
    }

    /** The javadoc right before the top-level type (only annotations between them), with its leading stars. */
    static Optional<String> classComment(String source) {
        Matcher type = TYPE.matcher(source);
        if (!type.find()) {
            return Optional.empty();
        }
        String before = source.substring(0, type.start());
        int start = before.lastIndexOf("/**");
        int end = before.lastIndexOf("*/");
        if (start < 0 || end < start || before.substring(end + 2).contains(";")) {
            return Optional.empty();
        }
        return Optional.of(before.substring(start, end));
    }
}
