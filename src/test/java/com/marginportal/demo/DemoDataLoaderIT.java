package com.marginportal.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.marginportal.classification.ClassificationService;
import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data the application loads on its first start, as every later feature sees it. */
class DemoDataLoaderIT extends IntegrationTest {

    /** Other tests add clients of their own from this number on. */
    private static final long FIRST_TEST_CLIENT = 90_000_000;

    @Autowired
    private DemoDataLoader loader;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ClassificationService classifications;

    @Test
    void everyAccountIsValuedAndTheRatiosSpreadAcrossTheLines() {
        assertThat(count("SELECT COUNT(*) FROM credit_account WHERE valued_at IS NULL AND client_id < " + FIRST_TEST_CLIENT)).isZero();
        List<BigDecimal> ratios = jdbc.sql("SELECT maintenance_ratio FROM credit_account WHERE client_id < " + FIRST_TEST_CLIENT)
                .query(BigDecimal.class).list();
        assertThat(ratios).hasSize(DEMO_CLIENTS);
        assertThat(ratios).filteredOn(r -> r == null).as("no debt").isNotEmpty();
        assertThat(ratios).filteredOn(r -> r != null && r.compareTo(new BigDecimal("1.10")) < 0).isNotEmpty();
        assertThat(ratios).filteredOn(r -> r != null && between(r, "1.10", "1.30")).isNotEmpty();
        assertThat(ratios).filteredOn(r -> r != null && between(r, "1.30", "1.40")).isNotEmpty();
        assertThat(ratios).filteredOn(r -> r != null && between(r, "2.00", "4.00")).hasSizeGreaterThan(DEMO_CLIENTS / 2);
    }

    @Test
    void identityDataIsPlausible() {
        assertThat(jdbc.sql("SELECT id_number FROM client WHERE id < " + FIRST_TEST_CLIENT).query(String.class).list())
                .hasSize(DEMO_CLIENTS).allMatch(ResidentIdNumber::isValid);
        // the demo's own clients: other tests add fixtures such as "测试客户AB-1" to the shared schema
        assertThat(jdbc.sql("SELECT phone FROM client WHERE id < " + FIRST_TEST_CLIENT).query(String.class).list())
                .allMatch(phone -> phone.matches("1[3-9]\\d{9}"));
        assertThat(jdbc.sql("SELECT name FROM client WHERE id < " + FIRST_TEST_CLIENT).query(String.class).list())
                .allMatch(name -> name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    @Test
    void aSecondStartAddsNothing() throws Exception {
        // what the demo wrote, not what other tests' processes may add meanwhile (async jobs keep running)
        List<String> demoRows = List.of("client", "trade", "service_request",
                "resolution_record WHERE process_instance_id = '-'",
                "notification n JOIN resolution_record r ON r.case_id = n.case_id AND r.process_instance_id = '-'");
        List<Long> before = demoRows.stream().map(t -> count("SELECT COUNT(*) FROM " + t)).toList();
        loader.run(new DefaultApplicationArguments());
        assertThat(demoRows.stream().map(t -> count("SELECT COUNT(*) FROM " + t)).toList()).isEqualTo(before);
    }

    /** Issue 13: most clients LOW or MEDIUM risk, a minority HIGH (it was nearly half), by the unchanged rules. */
    @Test
    void mostClientsAreLowOrMediumRiskAndAFewHigh() {
        long[] demoClients = jdbc.sql("SELECT id FROM client WHERE id < " + FIRST_TEST_CLIENT).query(Long.class).list()
                .stream().mapToLong(Long::longValue).toArray();
        classifications.recalculateClients(demoClients); // the same result as the start-up pass (off in tests)
        Map<String, Long> levels = new TreeMap<>();
        jdbc.sql("""
                SELECT computed_value, COUNT(*) FROM client_classification
                 WHERE dimension = 'RISK_LEVEL' AND client_id < ? GROUP BY computed_value""").param(FIRST_TEST_CLIENT)
                .query(rs -> {
                    levels.put(rs.getString(1), rs.getLong(2));
                });
        long classified = levels.values().stream().mapToLong(Long::longValue).sum();
        assertThat(classified).isEqualTo(DEMO_CLIENTS);
        double high = levels.getOrDefault("HIGH", 0L) / (double) classified;
        double lowOrMedium = (levels.getOrDefault("LOW", 0L) + levels.getOrDefault("MEDIUM", 0L)) / (double) classified;
        assertThat(high).as("HIGH share of %s", levels).isBetween(0.06, 0.20);
        assertThat(lowOrMedium).as("LOW or MEDIUM share of %s", levels).isGreaterThanOrEqualTo(0.80);
        assertThat(levels.getOrDefault("LOW", 0L)).as("some LOW in %s", levels).isPositive();
    }

    private static boolean between(BigDecimal value, String low, String high) {
        return value.compareTo(new BigDecimal(low)) >= 0 && value.compareTo(new BigDecimal(high)) < 0;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
