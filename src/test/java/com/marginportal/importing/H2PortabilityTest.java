package com.marginportal.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;

import com.marginportal.client.bulk.AccountWrites;
import com.marginportal.client.bulk.ClientWrites;
import com.marginportal.client.bulk.SecurityWrites;
import com.marginportal.calendar.HolidayWrites;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import SQL also runs on the embedded default database (H2, regular mode), where {@code spring-boot:run}
 * lives: every example file, twice, on the Flyway schema. Behaviour is tested on MariaDB by the *IT classes.
 */
class H2PortabilityTest {

    private static final Map<ImportKind, KindImport<?>> KINDS = Map.of(ImportKind.SECURITIES, new SecuritiesImport(),
            ImportKind.PRICES, new PricesImport(), ImportKind.CLIENTS, new ClientsImport(ImportProperties.defaults()),
            ImportKind.BALANCES, new BalancesImport(), ImportKind.POSITIONS, new PositionsImport(),
            ImportKind.TRADES, new TradesImport(), ImportKind.HOLIDAYS, new HolidaysImport());
    private static JdbcTemplate jdbc;
    private static TransactionTemplate tx;

    @BeforeAll
    static void schema() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:imports;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        jdbc.update("INSERT INTO branch (id, code, name, city) VALUES (1, 'SH01', '上海', '上海'), (2, 'BJ01', '北京', '北京')");
        jdbc.update("""
                INSERT INTO app_user (username, password_hash, display_name, role, branch_id, created_at)
                VALUES ('advisor1', 'x', '甲', 'ADVISOR', 1, CURRENT_TIMESTAMP), ('advisor5', 'x', '乙', 'ADVISOR', 2, CURRENT_TIMESTAMP)""");
    }

    @Test
    void everyExampleImportsTwiceOnH2() throws IOException {
        for (int round = 0; round < 2; round++) {
            for (ImportKind kind : ImportServiceIT.ORDER) {
                run(KINDS.get(kind), Files.readAllBytes(ImportServiceIT.EXAMPLES.resolve(kind.pathName() + ".csv")));
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM holding", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trade", Integer.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT special_warning_line FROM credit_account WHERE id = 996000000001",
                String.class)).isEqualTo("1.5000");
        assertThat(jdbc.queryForObject("SELECT u.username FROM client c JOIN app_user u ON u.id = c.advisor_id "
                + "WHERE c.id = 96000002", String.class)).isEqualTo("advisor5");
    }

    private static <T> void run(KindImport<T> kind, byte[] bytes) throws IOException {
        ErrorCollector errors = new ErrorCollector(10);
        try (ImportFile file = new ImportFile(() -> new java.io.ByteArrayInputStream(bytes), null)) {
            ImportPipeline<T> pipeline = new ImportPipeline<>(kind, file, errors);
            pipeline.validate(new JdbcReferences(jdbc));
            assertThat(errors.kept()).as(kind.kind().name()).isEmpty();
            pipeline.write(tx, new Writes(new ClientWrites(jdbc, event -> { }), new AccountWrites(jdbc), new SecurityWrites(jdbc),
                    new HolidayWrites(jdbc), jdbc, Instant.now()), affected -> { });
        }
    }
}
