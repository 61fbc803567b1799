package com.marginportal.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows in Flowable's tables (ACT_*, running and history), counted per table, to tell how many rows a start writes. */
record FlowableRows(Map<String, Long> byTable) {

    static FlowableRows count(JdbcClient jdbc) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_name LIKE 'ACT\\_%'").query(String.class).list()
                .forEach(t -> rows.put(t.toUpperCase(Locale.ROOT),
                        jdbc.sql("SELECT COUNT(*) FROM " + t).query(Long.class).single()));
        return new FlowableRows(rows);
    }

    long total() {
        return byTable.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows added since {@code before}, per {@code per} (e.g. per started case). */
    double since(FlowableRows before, long per) {
        return (total() - before.total()) / (double) per;
    }

    /** "ACT_HI_TASKINST 1.0, ACT_RU_TASK 1.0, …": the tables whose count changed, per {@code per}. */
    String sinceByTable(FlowableRows before, long per) {
        return byTable.entrySet().stream()
                .filter(e -> e.getValue() - before.byTable.getOrDefault(e.getKey(), 0L) != 0)
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(),
                        (e.getValue() - before.byTable.getOrDefault(e.getKey(), 0L)) / (double) per))
                .collect(Collectors.joining(", "));
    }
}
