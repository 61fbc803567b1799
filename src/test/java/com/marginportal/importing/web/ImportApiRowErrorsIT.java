package com.marginportal.importing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** A row the import refuses reaches the API's caller as the upload view shows it: row, column, value, reason. */
@WithUserDetails("admin")
class ImportApiRowErrorsIT extends IntegrationTest {

    @Autowired
    private ImportService imports;
    @Autowired
    private JdbcClient jdbc;

    /** Demo client 10000001 is in SH01; moving her to BJ01 without an advisor of BJ01 is refused, nothing changes. */
    @Test
    void aClientMovedToAnotherBranchWithoutItsAdvisorIs400WithTheRowAndChangesNothing() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new ImportController(imports, DataSize.ofMegabytes(1))).build();
        String csv = "client_number,name,gender,birth_date,id_number,phone,branch_code,risk_tolerance,"
                + "investment_preference,investment_horizon,opened_on,credit_account\n"
                + "10000001,测试,M,1980-01-01,310115198001011350,13800138000,BJ01,C4,GROWTH,LONG,2020-01-02,880000000001\n";
        mvc.perform(post("/api/v1/imports/clients").contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("advisor"))
                .andExpect(jsonPath("$.errors[0].reason")
                        .value("moves the client to branch BJ01: name an advisor of that branch"));
        assertThat(jdbc.sql("SELECT branch_id FROM client WHERE id = 10000001").query(Long.class).single()).isEqualTo(1L);
    }
}
