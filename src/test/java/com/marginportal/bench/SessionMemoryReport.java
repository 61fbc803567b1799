package com.marginportal.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The figures of {@link SessionMemoryBenchmark} as its section of docs/benchmarks.md. */
final class SessionMemoryReport {

    static final String MAIN = "signed in, client list then inbox (both UIs kept)";
    private static final double KIB = 1024.0;
    private static final double TARGET_KIB = 1024.0;

    private final int sessions;
    private final List<String> rows = new ArrayList<>();
    private final List<String> classes = new ArrayList<>();
    private final List<String> ownClasses = new ArrayList<>();
    private final Map<String, Double> perSession = new java.util.LinkedHashMap<>();
    private String data = "";

    SessionMemoryReport(int sessions) {
        this.sessions = sessions;
    }

    void data(long openCases, long tasks, List<String> advisors, List<Integer> inboxRows) {
        List<Integer> sorted = inboxRows.stream().sorted().toList();
        data = openCases + " open risk cases (" + tasks + " open workflow tasks) after an 8% price fall and a scan, "
                + "and the contact plans run; " + advisors.size() + " of 20 advisors have inbox rows (the tab the inbox "
                + "opens on: " + sorted.get(0) + "–" + sorted.get(sorted.size() - 1) + " rows, median "
                + sorted.get(sorted.size() / 2) + "); sessions take them in turn (advisor" + " repeats across sessions).";
    }

    void row(String label, int count, String uis, long deltaBytes, List<Long> millis, String load) {
        double kib = deltaBytes / KIB / count;
        perSession.put(label, kib);
        List<Long> sorted = millis.stream().sorted().toList();
        rows.add(String.format(Locale.ROOT, "| %s | %d | %s | %.1f | **%.0f** | %.1f | %s |", label, count,
                uis, deltaBytes / KIB / KIB, kib, sorted.get(sorted.size() / 2) / 1000.0,
                load));
        System.out.printf(Locale.ROOT, "[bench] %s, %d sessions: %.1f MiB, %.0f KiB per session (UIs: %s)%n", label,
                count, deltaBytes / KIB / KIB, kib, uis);
    }

    /** The classes that grew most, and the application's own that grew most (do views keep whole result lists?). */
    void histogram(List<HeapProbe.ClassCount> growth, List<HeapProbe.ClassCount> ownGrowth, int count) {
        add(classes, growth, count);
        add(ownClasses, ownGrowth, count);
    }

    private static void add(List<String> table, List<HeapProbe.ClassCount> growth, int count) {
        for (HeapProbe.ClassCount c : growth) {
            table.add(String.format(Locale.ROOT, "| `%s` | %.0f | %.1f |", c.className(),
                    c.instances() / (double) count, c.bytes() / KIB / count));
        }
    }

    void write(JdbcClient jdbc) throws IOException {
        String version = BenchmarkReport.database(jdbc);
        List<Long> books = jdbc.sql("SELECT COUNT(*) FROM client c JOIN app_user u ON u.id = c.advisor_id "
                + "WHERE u.username LIKE 'advisor%' GROUP BY u.id ORDER BY 1").query(Long.class).list();
        long clients = jdbc.sql("SELECT COUNT(*) FROM client").query(Long.class).single();
        long positions = jdbc.sql("SELECT COUNT(*) FROM holding").query(Long.class).single();
        String setup = BenchmarkReport.machine(version) + "\n\nData: the application's demo data, " + clients
                + " clients (" + positions + " holdings); an advisor's book " + books.get(0) + "–"
                + books.get(books.size() - 1) + " clients (median " + books.get(books.size() / 2) + "). " + data
                + "\n\nEach session: its own cookie jar in one headless Chromium, one after another; the tab then "
                + "closes without Vaadin's unload beacon, so the server keeps the session and its UIs as if the tab "
                + "were open. Retained heap = used heap after full GCs until stable, after the sessions minus before "
                + "them, in the same JVM as the application (-Xmx4g); each state starts from no session (the previous "
                + "state's sessions are invalidated), after 3 warm-up sessions of every state.";
        String table = "| state | sessions | UIs alive (by view) | retained heap Δ MiB | per session KiB | "
                + "median s to open a session | load average before → after |\n|---|---:|---|---:|---:|---:|---|\n"
                + String.join("\n", rows);
        if (!classes.isEmpty()) {
            table += "\n\nWhat a client list + inbox session holds (largest growth of the live class histogram, "
                    + sessions + " sessions, per session):\n\n| class | instances per session | KiB per session |\n"
                    + "|---|---:|---:|\n" + String.join("\n", classes)
                    + "\n\nThe application's own classes that grew most (per session):\n\n| class | instances per session | "
                    + "KiB per session |\n|---|---:|---:|\n" + String.join("\n", ownClasses);
        }
        double target = perSession.getOrDefault(MAIN, 0.0);
        new BenchmarkReport("session-memory").writeSection("Vaadin memory per session (issue #14 item 5)", setup, table,
                String.format(Locale.ROOT, "Target: at most %.0f KiB per signed-in advisor on the client list + inbox; "
                        + "measured %.0f KiB at %d sessions (%s).", TARGET_KIB, target, sessions,
                        target <= TARGET_KIB ? "within the target" : "over the target"));
    }
}
