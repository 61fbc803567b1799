package com.marginportal.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which clients a file changes, as the import reports it with {@link DataImported}: decided from the file's keys. */
class AffectedClientsTest {

    @Test
    void positionsBalancesAndTradesAffectTheClientsOfTheirAccounts() throws IOException {
        assertThat(affected(new PositionsImport(), """
                account,code,side,quantity,cost_price
                80000002,600519.SH,LONG,100,1500
                80000002,000001.SZ,LONG,100,10
                """)).isEqualTo(AffectedClients.of(10000002));
        assertThat(affected(new BalancesImport(), """
                account,cash,interest_and_fees,credit_limit
                80000002,1000,0,100000
                80000001,2000,0,100000
                """)).isEqualTo(AffectedClients.of(10000001, 10000002));
        assertThat(affected(new TradesImport(), """
                external_id,account,code,traded_at,trade_type,quantity,price,amount
                T1,80000001,600519.SH,2026-11-20 09:35:12,BUY,100,1500,150000
                """).ids()).containsExactly(10000001);
    }

    @Test
    void holidaysCannotTell() throws IOException {
        assertThat(affected(new HolidaysImport(), "date,name\n2026-10-01,国庆节\n").isAll()).isTrue();
    }

    @Test
    void idsAreSortedAndDistinct() {
        AffectedClients clients = AffectedClients.of(5, 3, 5, 1);
        assertThat(clients.ids()).containsExactly(1, 3, 5);
        assertThat(clients.size()).isEqualTo(3);
        assertThat(AffectedClients.all().size()).isEqualTo(-1);
        assertThat(new DataImported(ImportKind.PRICES, 1, 2).clients().isAll()).isTrue();
    }

    private static AffectedClients affected(KindImport<?> kind, String csv) throws IOException {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        ErrorCollector errors = new ErrorCollector(10);
        try (ImportFile file = new ImportFile(() -> new ByteArrayInputStream(bytes), null)) {
            ImportPipeline<?> pipeline = new ImportPipeline<>(kind, file, errors);
            pipeline.validate(Fixtures.REFERENCES);
            assertThat(errors.kept()).isEmpty();
            return pipeline.affected(null);
        }
    }
}
