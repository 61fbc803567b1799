package com.marginportal.demo;

import java.math.BigDecimal;
import java.util.List;

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
        long clients = count("SELECT COUNT(*) FROM client");
        long trades = count("SELECT COUNT(*) FROM trade");
        loader.run(new DefaultApplicationArguments());
        assertThat(count("SELECT COUNT(*) FROM client")).isEqualTo(clients);
        assertThat(count("SELECT COUNT(*) FROM trade")).isEqualTo(trades);
    }

    private static boolean between(BigDecimal value, String low, String high) {
        return value.compareTo(new BigDecimal(low)) >= 0 && value.compareTo(new BigDecimal(high)) < 0;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
