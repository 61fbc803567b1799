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
