package com.marginportal.importing.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST API over the real service and database: mostly through MockMvc with a signed-in user (method
 * security on the service applies), and once over HTTP through the security filter chain (Basic auth).
 */
@WithUserDetails("admin")
class ImportControllerIT extends IntegrationTest {

    private static final Path EXAMPLES = Path.of("docs/examples");

    @Autowired
    private WebApplicationContext context;
    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void aMultipartUploadIsImported() throws Exception {
        byte[] csv = Files.readAllBytes(EXAMPLES.resolve("securities.csv"));
        mvc.perform(multipart("/api/v1/imports/securities").file(new MockMultipartFile("file", "securities.csv", "text/csv", csv)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.kind").value("SECURITIES"))
                .andExpect(jsonPath("$.rows").value(4))
                .andExpect(jsonPath("$.errors").isEmpty());
    }

    @Test
    void aCsvBodyInGbkIsImportedWithItsCharset() throws Exception {
        byte[] gbk = Files.readString(EXAMPLES.resolve("securities.csv")).getBytes(Charset.forName("GBK"));
        mvc.perform(post("/api/v1/imports/securities").param("charset", "GBK").param("fileName", "master.csv")
                        .contentType("text/csv").content(gbk))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("4 rows imported"));
        mvc.perform(post("/api/v1/imports/securities").contentType("text/csv;charset=GBK").content(gbk))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/imports/securities").contentType("text/csv").content(gbk))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("the file is not valid UTF-8: row 2")));
    }

    @Test
    void badRowsAnswer400WithTheErrorList() throws Exception {
        String csv = "code,price,price_date\n600519.SH,\"12,3a\",2026-11-25\n600001.SZ,1,2026-11-25\n";
        mvc.perform(post("/api/v1/imports/prices").contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.errorCount").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("price"))
                .andExpect(jsonPath("$.errors[0].value").value("12,3a"))
                .andExpect(jsonPath("$.errors[0].reason").value("is not a decimal number"))
                .andExpect(jsonPath("$.errors[1].reason").value("is not in the securities master"));
    }

    @Test
    void overHttpTheApiTakesBasicAuthForIntegrationAndAdminOnly() throws Exception {
        byte[] csv = Files.readAllBytes(EXAMPLES.resolve("prices.csv"));
        assertThat(postHttp("integration:demo123", csv).statusCode()).isEqualTo(200);
        assertThat(postHttp("admin:demo123", csv).statusCode()).isEqualTo(200);
        assertThat(postHttp("advisor1:demo123", csv).statusCode()).isEqualTo(403);
        assertThat(postHttp("integration:wrong", csv).statusCode()).isEqualTo(401);
        assertThat(postHttp(null, csv).statusCode()).isEqualTo(401);
        HttpResponse<String> bad = postHttp("integration:demo123", "code,price,price_date\n600519.SH,x,2026-11-25\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"reason\":\"is not a decimal number\"");
    }

    private HttpResponse<String> postHttp(String credentials, byte[] csv) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports/prices"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(csv));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownKindIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/imports/dividends").contentType("text/csv").content("date\n2026-10-01\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("unknown import kind 'dividends'")));
    }

    @Test
    void theImportLogIsListed() throws Exception {
        mvc.perform(post("/api/v1/imports/prices").contentType("text/csv")
                        .content(Files.readAllBytes(EXAMPLES.resolve("prices.csv"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/imports").param("limit", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("PRICES"))
                .andExpect(jsonPath("$[0].source").value("API"))
                .andExpect(jsonPath("$[0].username").value("admin"));
    }
}
