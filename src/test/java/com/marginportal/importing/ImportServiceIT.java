package com.marginportal.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.marginportal.client.AccountValuationService;
import com.marginportal.security.AuditLog;
import com.marginportal.support.IntegrationTest;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports on MariaDB through the service, as the upload view and the REST API call it. Every test starts
 * by importing all example files of docs/examples (idempotent, so they can run again and again); the test
 * data uses client numbers from 96,000,001, outside the demo range.
 */
@RecordApplicationEvents
@WithUserDetails("admin")
class ImportServiceIT extends IntegrationTest {

    static final Path EXAMPLES = Path.of("docs/examples");
    static final List<ImportKind> ORDER = List.of(ImportKind.SECURITIES, ImportKind.PRICES, ImportKind.CLIENTS,
            ImportKind.BALANCES, ImportKind.POSITIONS, ImportKind.TRADES, ImportKind.HOLIDAYS);

    @Autowired
    private ImportService imports;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AuditLog audit;
    @Autowired
    private ApplicationEvents events;
    @Autowired
    private AccountValuationService valuation;

    @BeforeEach
    void importEveryExample() throws IOException {
        for (ImportKind kind : ORDER) {
            ImportResult result = imports.importFile(new ImportRequest(kind, ImportSource.UPLOAD, kind.pathName() + ".csv", null),
                    example(kind));
            assertThat(result.errors()).as(kind.name()).isEmpty();
            assertThat(result.status()).as(result.message()).isEqualTo(ImportStatus.SUCCEEDED);
        }
        valuation.valueAll(); // the risk feature will do this on DataImported; other tests expect valued accounts
    }

    static ImportInput example(ImportKind kind) throws IOException {
        byte[] bytes = Files.readAllBytes(EXAMPLES.resolve(kind.pathName() + ".csv"));
        return () -> new ByteArrayInputStream(bytes);
    }

    private ImportResult importText(ImportKind kind, String text, Charset charset, String charsetName) {
        byte[] bytes = text.getBytes(charset);
        return imports.importFile(new ImportRequest(kind, ImportSource.API, "test.csv", charsetName),
                () -> new ByteArrayInputStream(bytes));
    }

    private List<String> holdings(long account) {
        return jdbc.sql("""
                SELECT CONCAT(security_code, ' ', side, ' ', quantity, ' ', cost_price, ' ', financed_quantity, ' ',
                       financed_amount, ' ', short_proceeds) FROM holding WHERE account_id = ? ORDER BY security_code, side""")
                .param(account).query(String.class).list();
    }

    @Test
    void theExamplesLandInTheArchive() {
        assertThat(holdings(996000000001L)).containsExactly("159919.SZ LONG 10000 4.700 0 0.00 0.00",
                "600016.SH LONG 20000 3.800 10000 38000.00 0.00", "600050.SH SHORT 5000 5.500 0 0.00 27500.00");
        assertThat(jdbc.sql("""
                SELECT CONCAT(c.name, ' ', c.phone_tail, ' ', u.username, ' ', a.cash, ' ', a.special_warning_line, ' ',
                       a.contract_expiry) FROM client c JOIN app_user u ON u.id = c.advisor_id
                  JOIN credit_account a ON a.client_id = c.id WHERE c.id = 96000001""").query(String.class).single())
                .isEqualTo("陈志远 5678 advisor1 250000.00 1.5000 2026-12-01");
        assertThat(jdbc.sql("SELECT price FROM security_price WHERE code = '159919.SZ'").query(String.class).single())
                .isEqualTo("4.800");
        assertThat(jdbc.sql("SELECT traded_at FROM trade WHERE external_id = 'EX20261120-000001'").query(String.class).single())
                .as("09:35:12 Beijing time is stored as UTC").startsWith("2026-11-20 01:35:12");
    }

    @Test
    void reImportingTheSameFilesChangesNothing() throws IOException {
        String before = snapshot();
        importEveryExample();
        assertThat(snapshot()).isEqualTo(before);
    }

    private String snapshot() {
        return String.join("|", holdings(996000000001L)) + String.join("|", holdings(996000000002L))
                + jdbc.sql("SELECT COUNT(*) FROM trade WHERE external_id LIKE 'EX2026%'").query(String.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM client WHERE id >= 96000001 AND id < 97000000").query(String.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM credit_account WHERE id >= 996000000001").query(String.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM security").query(String.class).single();
    }

    @Test
    void everyImportIsLoggedAuditedAndAnnounced() throws IOException {
        ImportResult result = imports.importFile(new ImportRequest(ImportKind.PRICES, ImportSource.API, "prices.csv", null),
                example(ImportKind.PRICES));
        assertThat(result.message()).isEqualTo("4 rows imported");
        List<Long> holders = jdbc.sql("""
                SELECT DISTINCT a.client_id FROM holding h JOIN credit_account a ON a.id = h.account_id
                 WHERE h.security_code IN ('600016.SH', '600050.SH', '003816.SZ', '159919.SZ') ORDER BY a.client_id""")
                .query(Long.class).list();
        assertThat(events.stream(DataImported.class)).contains(new DataImported(ImportKind.PRICES, result.batchId(), 4,
                AffectedClients.of(holders.stream().mapToLong(Long::longValue).toArray())));
        assertThat(jdbc.sql("SELECT CONCAT(kind, ' ', source, ' ', file_name, ' ', status, ' ', row_total, ' ', error_count, ' ', username) "
                + "FROM import_batch WHERE id = ?").param(result.batchId()).query(String.class).single())
                .isEqualTo("PRICES API prices.csv SUCCEEDED 4 0 admin");
        assertThat(imports.latestBatches(1)).extracting(ImportBatchRecord::id).containsExactly(result.batchId());
        assertThat(audit.latest("IMPORT", 1)).singleElement().satisfies(entry -> {
            assertThat(entry.entityId()).isEqualTo(String.valueOf(result.batchId()));
            assertThat(entry.details()).isEqualTo("Prices (Core system API), file prices.csv: 4 rows, Imported, 0 errors");
        });
    }

    @Test
    void anImportAnnouncesTheClientsItChanged() throws IOException {
        ImportResult positions = importText(ImportKind.POSITIONS, """
                account,code,side,quantity,cost_price
                996000000002,003816.SZ,LONG,30000,3.3
                """, StandardCharsets.UTF_8, null);
        ImportResult clients = imports.importFile(new ImportRequest(ImportKind.CLIENTS, ImportSource.API, "clients.csv", null),
                example(ImportKind.CLIENTS));
        assertThat(events.stream(DataImported.class).filter(e -> e.batchId() == positions.batchId()))
                .singleElement().satisfies(e -> assertThat(e.clients()).isEqualTo(AffectedClients.of(96000002)));
        assertThat(events.stream(DataImported.class).filter(e -> e.batchId() == clients.batchId()))
                .singleElement().satisfies(e -> assertThat(e.clients()).isEqualTo(AffectedClients.of(96000001, 96000002)));
    }

    @Test
    void aFileWithOneBadRowChangesNothing() {
        List<String> before = holdings(996000000001L);
        long batches = jdbc.sql("SELECT COUNT(*) FROM import_batch").query(Long.class).single();
        ImportResult result = importText(ImportKind.POSITIONS, """
                account,code,side,quantity,cost_price
                996000000001,600016.SH,LONG,100,3.8
                996000000002,600050.SH,LONG,100,5.5
                996000000001,600050.SH,LONG,1OO,5.5
                """, StandardCharsets.UTF_8, null);
        assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(result.errors()).extracting(RowError::message)
                .containsExactly("row 4, column quantity: '1OO' is not a whole number");
        assertThat(result.message()).isEqualTo("1 error found: nothing was imported");
        assertThat(holdings(996000000001L)).isEqualTo(before);
        assertThat(events.stream(DataImported.class)).noneMatch(e -> e.batchId() == result.batchId());
        assertThat(jdbc.sql("SELECT CONCAT(status, ' ', error_count) FROM import_batch WHERE id = ?")
                .param(result.batchId()).query(String.class).single()).isEqualTo("REJECTED 1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_batch").query(Long.class).single()).isEqualTo(batches + 1);
    }

    @Test
    void aPositionsFileIsASnapshotOfItsAccountsOnly() {
        List<String> other = holdings(996000000002L);
        ImportResult result = importText(ImportKind.POSITIONS, "account,code,side,quantity,cost_price\n"
                + "996000000001,600016.SH,LONG,500,3.9\n", StandardCharsets.UTF_8, null);
        assertThat(result.succeeded()).isTrue();
        assertThat(holdings(996000000001L)).containsExactly("600016.SH LONG 500 3.900 0 0.00 0.00");
        assertThat(holdings(996000000002L)).isEqualTo(other);
    }

    @Test
    void anXlsxSheetImportsLikeItsCsv() throws IOException {
        List<String> before = holdings(996000000001L);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(xlsx, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("positions");
            List<String> lines = Files.readAllLines(EXAMPLES.resolve("positions.csv"));
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",");
                for (int c = 0; c < cells.length; c++) {
                    if (r > 0 && cells[c].matches("[\\d.]+")) {
                        sheet.value(r, c, new java.math.BigDecimal(cells[c])); // numbers as Excel numbers
                    } else {
                        sheet.value(r, c, cells[c]);
                    }
                }
            }
        }
        byte[] bytes = xlsx.toByteArray();
        ImportResult result = imports.importFile(new ImportRequest(ImportKind.POSITIONS, ImportSource.UPLOAD,
                "positions.xlsx", null), () -> new ByteArrayInputStream(bytes));
        assertThat(result.message()).isEqualTo("4 rows imported");
        assertThat(holdings(996000000001L)).isEqualTo(before);
    }

    @Test
    void utf8WithByteOrderMarkAndGbkWithItsCharsetReadTheSame() throws IOException {
        String csv = Files.readString(EXAMPLES.resolve("securities.csv")).replace("民生银行", "民生银行股份");
        assertThat(importText(ImportKind.SECURITIES, "\uFEFF" + csv, StandardCharsets.UTF_8, null).succeeded()).isTrue();
        assertThat(name("600016.SH")).isEqualTo("民生银行股份");
        ImportResult gbk = importText(ImportKind.SECURITIES, Files.readString(EXAMPLES.resolve("securities.csv")),
                Charset.forName("GBK"), "GBK");
        assertThat(gbk.message()).isEqualTo("4 rows imported");
        assertThat(name("600016.SH")).isEqualTo("民生银行");
    }

    @Test
    void gbkReadAsUtf8IsRejectedSayingSo() throws IOException {
        String csv = Files.readString(EXAMPLES.resolve("securities.csv")).replace("民生银行", "民生银行股份");
        ImportResult result = importText(ImportKind.SECURITIES, csv, Charset.forName("GBK"), null);
        assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(result.message()).startsWith("the file is not valid UTF-8: row 2 contains bytes that are not UTF-8 (")
                .endsWith("give the file's charset, e.g. charset=GBK: nothing was imported");
        assertThat(name("600016.SH")).isEqualTo("民生银行");
    }

    private String name(String code) {
        return jdbc.sql("SELECT name FROM security WHERE code = ?").param(code).query(String.class).single();
    }
}
