package com.marginportal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.marginportal.TimeConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Collects timings and writes them as one section of docs/benchmarks.md, replacing that section's
 * previous figures and leaving the other benchmarks' sections alone.
 */
public final class BenchmarkReport {

    static final Path FILE = Path.of("docs/benchmarks.md");

    private final String id;
    private final List<String> lines = new ArrayList<>();
    private long lastMedianNanos;

    public BenchmarkReport(String id) {
        this.id = id;
    }

    /** Median and 95th percentile of {@code runs} timed calls after {@code warmups} untimed ones. */
    public <T> T time(String what, int warmups, int runs, Callable<T> call) throws Exception {
        T result = null;
        for (int i = 0; i < warmups; i++) {
            result = call.call();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = call.call();
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        lastMedianNanos = nanos[runs / 2];
        row(what, ms(nanos[runs / 2]), ms(nanos[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)]), runs);
        return result;
    }

    public void once(String what, long nanos) {
        once(what, nanos, "—");
    }

    /** The median of the last {@link #time} or {@link #millis} measurement, in milliseconds. */
    public double lastMedianMs() {
        return lastMedianNanos / 1_000_000.0;
    }

    /** Median and 95th percentile of figures measured elsewhere (e.g. the phases of timed scans), in milliseconds. */
    public void millis(String what, List<Long> millis) {
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        int runs = sorted.length;
        lastMedianNanos = sorted[runs / 2] * 1_000_000;
        row(what, ms(sorted[runs / 2] * 1_000_000), ms(sorted[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)]
                * 1_000_000), runs);
    }

    /** The 1, 5 and 15 minute load averages of the machine now, as /proc/loadavg gives them. */
    public static String loadAverage() {
        return linesOf("/proc/loadavg").findFirst().map(l -> String.join(" ", java.util.Arrays.copyOf(l.split(" "), 3)))
                .orElse("unknown");
    }

    /** One timed run with a note in the p95 column's place (e.g. heap figures). */
    public void once(String what, long nanos, String note) {
        row(what, ms(nanos), note, 1);
    }

    /** A figure that is not a time (a rate, a ratio): no time in the median column, the figure as the note. */
    public void figure(String what, String figure) {
        row(what, "—", figure, 1);
    }

    /** The time from {@code from} to {@code at} (System.nanoTime values); "not reached" when {@code at} is 0. */
    public void until(String what, long from, long at) {
        if (at == 0) {
            row(what, "not reached", "—", 1);
        } else {
            once(what, at - from);
        }
    }

    private void row(String what, String median, String p95, int runs) {
        lines.add("| " + what + " | " + median + " | " + p95 + " | " + runs + " |");
        System.out.println("[bench] " + what + ": " + median + " ms" + (runs > 1 ? ", p95 " + p95 + " ms" : "; " + p95));
    }

    public void write(String title, String setup, String notes) throws IOException {
        writeSection(title, setup, "| measurement | median ms | p95 ms (single runs: note) | runs |\n|---|---:|---:|---:|\n"
                + String.join("\n", lines), notes);
    }

    /** Writes the section with tables of the benchmark's own (Markdown, e.g. memory rather than time). */
    public void writeSection(String title, String setup, String tables, String notes) throws IOException {
        String section = "<!-- bench:" + id + " -->\n## " + title + "\n\n" + setup + "\n\n"
                + tables + "\n\n" + notes + "\n<!-- /bench:" + id + " -->";
        String existing = Files.exists(FILE) ? Files.readString(FILE)
                : "# Benchmarks\n\nWritten by `./mvnw -Pbench verify` (see README). Each section is replaced by its benchmark's latest run.\n";
        String start = "<!-- bench:" + id + " -->";
        String end = "<!-- /bench:" + id + " -->";
        int from = existing.indexOf(start);
        String updated = from < 0 ? existing.stripTrailing() + "\n\n" + section + "\n"
                : existing.substring(0, from) + section + existing.substring(existing.indexOf(end) + end.length());
        Files.writeString(FILE, updated);
    }

    /**
     * The database's version with the InnoDB settings that bound a burst of writes (buffer pool, redo log, flush at
     * commit): figures measured on a default 128 MiB pool and on a production-sized one are not comparable.
     */
    public static String database(JdbcClient jdbc) {
        return jdbc.sql("SELECT CONCAT(VERSION(), ' (InnoDB buffer pool ', @@innodb_buffer_pool_size DIV 1048576,"
                + " ' MiB, redo log ', @@innodb_log_file_size DIV 1048576, ' MiB, flush log at commit ',"
                + " @@innodb_flush_log_at_trx_commit, ')')").query(String.class).single();
    }

    public static String machine(String databaseVersion) {
        return "Machine: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + memory() + "; Java " + System.getProperty("java.version") + " (max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB); MariaDB " + databaseVersion
                + "; run " + ZonedDateTime.now(TimeConfiguration.MARKET_ZONE)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")) + ".";
    }

    private static String cpuModel() {
        return linesOf("/proc/cpuinfo").filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(ManagementFactory.getOperatingSystemMXBean().getArch());
    }

    private static String memory() {
        return linesOf("/proc/meminfo").filter(l -> l.startsWith("MemTotal")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024) + " GiB RAM").orElse("memory unknown");
    }

    private static Stream<String> linesOf(String file) {
        try {
            return Files.readAllLines(Path.of(file)).stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1_000_000.0);
    }
}
