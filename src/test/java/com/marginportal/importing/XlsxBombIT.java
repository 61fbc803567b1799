package com.marginportal.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident: a 1.5 MB XLSX expanding to 1.5 GB exhausted the heap, answered a generic 500 after 35 s and
 * left its batch RUNNING. The bomb is written here with a streaming zip (a few hundred MB of repeated rows
 * deflate to well under a megabyte), then posted to the API.
 */
class XlsxBombIT extends IntegrationTest {

    private static final Pattern BATCH_ID = Pattern.compile("\"batchId\":(\\d+)");

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ImportService imports;

    @Test
    void aZipBombIsRefusedNamingTheLimitAndItsBatchEndsRejected(@TempDir Path dir) throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        writeBomb(bomb, 300L << 20);
        assertThat(Files.size(bomb)).isLessThan(2L << 20);

        long started = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/imports/prices?fileName=bomb.xlsx"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("integration:demo123".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofFile(bomb)).build(), HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("compression ratio").contains("portal.import.xlsx.max-compression-ratio")
                .contains("nothing was imported");
        assertThat(millis).as("refused early, not after inflating everything").isLessThan(10_000);
        Matcher id = BATCH_ID.matcher(response.body());
        assertThat(id.find()).isTrue();
        assertThat(jdbc.sql("SELECT status FROM import_batch WHERE id = ?").param(Long.parseLong(id.group(1)))
                .query(String.class).single()).isEqualTo("REJECTED");
    }

    @Test
    @WithUserDetails("admin")
    void anUnexpectedErrorEndsTheBatchFailedNotRunning() {
        ImportResult result = imports.importFile(new ImportRequest(ImportKind.PRICES, ImportSource.API, "broken.csv", null),
                () -> {
                    // a VirtualMachineError like the incident's OutOfMemoryError (a real OOM would also end the test JVM)
                    throw new InternalError("simulated: out of memory");
                });
        assertThat(result.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(result.message()).contains("InternalError").contains("nothing was imported");
        assertThat(jdbc.sql("SELECT status FROM import_batch WHERE id = ?").param(result.batchId()).query(String.class).single())
                .isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_batch WHERE status = 'RUNNING'").query(Long.class).single()).isZero();
    }

    /** A valid one-sheet workbook whose sheet XML holds {@code sheetBytes} of identical rows. */
    static void writeBomb(Path file, long sheetBytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="prices" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                    <cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            OutputStream out = zip;
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row><c t=\"inlineStr\"><is><t>code</t></is></c><c t=\"inlineStr\"><is><t>price</t></is></c>"
                    + "<c t=\"inlineStr\"><is><t>price_date</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
            byte[] row = "<row><c t=\"inlineStr\"><is><t>BOMB.SH</t></is></c><c><v>1</v></c><c t=\"inlineStr\"><is><t>2026-11-25</t></is></c></row>"
                    .getBytes(StandardCharsets.UTF_8);
            byte[] block = new byte[row.length * 8192];
            for (int i = 0; i < 8192; i++) {
                System.arraycopy(row, 0, block, i * row.length, row.length);
            }
            for (long written = 0; written < sheetBytes; written += block.length) {
                out.write(block);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
