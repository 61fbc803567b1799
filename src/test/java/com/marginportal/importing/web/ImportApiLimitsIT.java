package com.marginportal.importing.web;

import java.nio.charset.StandardCharsets;

import com.marginportal.importing.ImportService;
import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The raw-body route's size limit (here set to 100 bytes) and control characters in an API import. */
@WithUserDetails("admin")
class ImportApiLimitsIT extends IntegrationTest {

    private static final String CSV = "code,price,price_date\n600519.SH,1520.5,2026-11-25\n000001.SZ,10.2,2026-11-25\n";

    @Autowired
    private ImportService imports;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aBodyOverTheLimitIs413SayingWhyAndStartsNoImport() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new ImportController(imports, DataSize.ofBytes(100))).build();
        long batches = jdbc.sql("SELECT COUNT(*) FROM import_batch").query(Long.class).single();
        String big = CSV + "510300.SH,4.1,2026-11-25\n".repeat(5);
        mvc.perform(post("/api/v1/imports/prices").contentType("text/csv").content(big.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("larger than the import API's limit of 100 bytes (portal.import.max-body-size)")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_batch").query(Long.class).single()).isEqualTo(batches);
        mvc.perform(post("/api/v1/imports/prices").contentType("text/csv").content("code,price,price_date\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest()); // under the limit: read (and rejected for having no rows)
    }

    /**
     * Regression: a multipart upload over spring.servlet.multipart.max-file-size (200MB) got Spring's bare 413 with an
     * empty body. Real HTTP (MockMvc does not enforce the limit), the file streamed chunked and never held in memory.
     */
    @Test
    void aMultipartFileOverTheUploadLimitIs413SayingWhyAndStartsNoImport() throws Exception {
        long batches = jdbc.sql("SELECT COUNT(*) FROM import_batch").query(Long.class).single();
        String boundary = "limit-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"prices.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\ncode,price,price_date\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String row = "600519.SH,1520.5,2026-11-25\n";
        long rows = (DataSize.ofMegabytes(200).toBytes() + 64 * 1024) / row.length() + 1; // 64 KB over: Tomcat swallows the rest
        java.io.InputStream body = new java.io.SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
                new java.io.ByteArrayInputStream(head), new RepeatedRows(row, rows),
                new java.io.ByteArrayInputStream(tail))));
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/imports/prices"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo123".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(response.body()).contains("larger than the upload limit of 200 MB (spring.servlet.multipart.max-file-size",
                "split the file or ask the operator to raise the limit");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_batch").query(Long.class).single()).isEqualTo(batches);
    }

    /** The same CSV row over and over, generated as it is read. */
    private static final class RepeatedRows extends java.io.InputStream {

        private final byte[] row;
        private long left;
        private int at;

        RepeatedRows(String row, long rows) {
            this.row = row.getBytes(StandardCharsets.US_ASCII);
            this.left = rows;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = 0;
            while (n < length && left > 0) {
                int chunk = Math.min(length - n, row.length - at);
                System.arraycopy(row, at, buffer, offset + n, chunk);
                n += chunk;
                at += chunk;
                if (at == row.length) {
                    at = 0;
                    left--;
                }
            }
            return n;
        }
    }

    @Test
    void aControlCharacterInACellIsRefusedWithRowColumnAndEscapedValue() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new ImportController(imports, DataSize.ofMegabytes(1))).build();
        mvc.perform(post("/api/v1/imports/prices").contentType("text/csv")
                        .content("code,price,price_date\n600519.SH,1520.5,2026-11-25\n\"000001.SZ\r\nX\",10.2,2026-11-25\n"
                                .getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("code"))
                .andExpect(jsonPath("$.errors[0].value").value("000001.SZ\\r\\nX"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("control character U+000D")));
    }
}
