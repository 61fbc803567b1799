package com.marginportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.marginportal.support.TestDatabase;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** The generator against a fresh MariaDB schema migrated by Flyway; no Spring context. */
class DemoDataGeneratorIT {

    private static final Clock CLOCK = Clock.fixed(
            ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, MarketTime.ZONE).toInstant(), MarketTime.ZONE);

    private JdbcTemplate jdbc;
    private DemoDataWriter writer;
    private DemoDataGenerator generator;

    @BeforeEach
    void freshDatabase() {
        TestDatabase.Schema schema = TestDatabase.scratchSchema();
        var dataSource = new DriverManagerDataSource(schema.url(), schema.username(), schema.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        writer = new DemoDataWriter(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        var properties = new DemoDataProperties(true, 0, 1, "demo123", 40, false, 6);
        generator = new DemoDataGenerator(writer, new BCryptPasswordEncoder(4), CLOCK, properties);
    }

    @Test
    void writesEveryTableAndCountsWhatItWrote() {
        assertThat(writer.hasBranches()).isFalse();

        DemoDataSummary summary = generator.generate(1500, 20261125);

        assertThat(writer.hasBranches()).isTrue();
        assertThat(summary.clients()).isEqualTo(1500);
        assertThat(count("branch")).isEqualTo(5);
        assertThat(count("app_user")).isEqualTo(summary.users()).isEqualTo(27);
        assertThat(count("security")).isEqualTo(summary.securities());
        assertThat(count("security_price")).isEqualTo(summary.securities());
        assertThat(count("client")).isEqualTo(1500);
        assertThat(count("credit_account")).isEqualTo(1500);
        assertThat(count("holding")).isEqualTo(summary.positions());
        assertThat(count("trade")).isEqualTo(summary.trades());
        assertThat(count("contact_record")).isEqualTo(summary.contacts());
        assertThat(jdbc.queryForObject("SELECT MIN(id) FROM client", Long.class)).isEqualTo(10_000_001L);
        assertThat(jdbc.queryForObject("SELECT MAX(id) FROM credit_account", Long.class))
                .isEqualTo(880_000_001_500L);
    }

    @Test
    void usersHaveRolesBranchesAndOneSharedHash() {
        generator.generate(20, 1);

        List<Map<String, Object>> users = jdbc.queryForList(
                "SELECT username, role, branch_id, password_hash FROM app_user ORDER BY id");
        assertThat(users).extracting(u -> u.get("USERNAME")).contains("admin", "manager1", "manager5",
                "advisor1", "advisor20");
        assertThat(users).extracting(u -> u.get("PASSWORD_HASH")).containsOnly(users.get(0).get("PASSWORD_HASH"));
        assertThat(new BCryptPasswordEncoder().matches("demo123", (String) users.get(0).get("PASSWORD_HASH")))
                .isTrue();
        assertThat(branchOf("admin")).isNull();
        assertThat(branchOf("advisor1")).isEqualTo(1L);
        assertThat(branchOf("advisor5")).isEqualTo(2L);
        assertThat(branchOf("manager3")).isEqualTo(3L);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM client c JOIN app_user u ON u.id = c.advisor_id
                 WHERE u.role <> 'ADVISOR' OR u.branch_id <> c.branch_id""", Integer.class)).isZero();
    }

    @Test
    void sameSeedWritesTheSameData() {
        generator.generate(30, 99);
        List<Map<String, Object>> first = snapshot();

        freshDatabase();
        generator.generate(30, 99);

        assertThat(snapshot()).isEqualTo(first);
    }

    @Test
    void storedRowsShowTheDesignedSpreadOfRatiosAndLeaveTheValuationOpen() {
        generator.generate(1500, 5);

        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM credit_account
                 WHERE maintenance_ratio IS NOT NULL OR valued_at IS NOT NULL OR total_assets <> 0""",
                Integer.class)).isZero();
        Map<String, Long> bands = new TreeMap<>();
        jdbc.query("""
                SELECT (a.cash + SUM(CASE WHEN p.side = 'LONG' THEN p.quantity * pr.price ELSE 0 END))
                       / NULLIF(a.interest_and_fees + SUM(p.financed_amount)
                                + SUM(CASE WHEN p.side = 'SHORT' THEN p.quantity * pr.price ELSE 0 END), 0)
                  FROM credit_account a
                  JOIN holding p ON p.account_id = a.id
                  JOIN security_price pr ON pr.code = p.security_code
                 GROUP BY a.id, a.cash, a.interest_and_fees""", rs -> {
            BigDecimal ratio = rs.getBigDecimal(1);
            String band = Arrays.stream(RatioPlan.Band.values()).filter(b -> b.contains(ratio))
                    .findFirst().map(Enum::name).orElse("OUTSIDE");
            bands.merge(band, 1L, Long::sum);
        });
        assertThat(bands).doesNotContainKey("OUTSIDE").containsKeys(Arrays.stream(RatioPlan.Band.values())
                .map(Enum::name).toArray(String[]::new));
        assertThat(bands.get("NO_DEBT")).isBetween(100L, 200L);
        assertThat(bands.get("HEALTHY")).isBetween(900L, 1100L);
    }

    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList("""
                SELECT c.id, c.name, c.id_number, a.cash, a.credit_limit, p.security_code, p.quantity,
                       p.financed_amount
                  FROM client c JOIN credit_account a ON a.client_id = c.id
                  JOIN holding p ON p.account_id = a.id ORDER BY c.id, p.security_code, p.side""");
    }

    private Long branchOf(String username) {
        return jdbc.queryForObject("SELECT branch_id FROM app_user WHERE username = ?", Long.class, username);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
