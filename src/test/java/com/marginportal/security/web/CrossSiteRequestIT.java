package com.marginportal.security.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page on another origin must not drive the import API with credentials the browser has cached (Basic from
 * Swagger UI), nor post the login form. Over real HTTP, with the headers a browser sends.
 */
class CrossSiteRequestIT extends IntegrationTest {

    private static final String EVIL = "https://evil.example";

    @Autowired
    private JdbcClient jdbc;
    private final HttpClient http = HttpClient.newHttpClient();

    /** The incident: an auto-submitted text/plain form from another origin changed a client's e-mail as admin. */
    @Test
    void aCrossSiteTextPlainFormPostIsRefusedAndChangesNothing() throws Exception {
        String csv = Files.readString(Path.of("docs/examples/clients.csv")).replace("chen.zhiyuan@example.com", "attacker@evil.example");
        long batches = batchCount();
        HttpResponse<String> response = post("/api/v1/imports/clients", "text/plain", csv.getBytes(StandardCharsets.UTF_8),
                Map.of("Origin", EVIL, "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("cross-site");
        assertThat(batchCount()).as("no import was started").isEqualTo(batches);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client WHERE email = 'attacker@evil.example'").query(Long.class).single()).isZero();
    }

    @Test
    void aCrossSiteMultipartFormPostIsRefused() throws Exception {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"securities.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + Files.readString(Path.of("docs/examples/securities.csv")) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = post("/api/v1/imports/securities", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8), Map.of("Origin", EVIL, "Sec-Fetch-Site", "cross-site"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aForeignOriginIsRefusedEvenWithoutFetchMetadata() throws Exception {
        assertThat(post("/api/v1/imports/securities", "text/csv", securities(), Map.of("Origin", EVIL)).statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/imports/securities", "text/csv", securities(), Map.of("Origin", EVIL, "X-Requested-With", "XMLHttpRequest"))
                .statusCode()).as("the custom header does not excuse a foreign origin").isEqualTo(403);
        assertThat(post("/api/v1/imports/securities", "text/csv", securities(), Map.of("Sec-Fetch-Site", "same-site")).statusCode())
                .as("a sibling sub-domain is another site's page too").isEqualTo(403);
    }

    @Test
    void aBrowserOnThePortalsOwnOriginMayCallTheApi() throws Exception {
        String own = "http://localhost:" + port;
        assertThat(post("/api/v1/imports/securities", "text/csv", securities(), Map.of("Origin", own, "Sec-Fetch-Site", "same-origin"))
                .statusCode()).as("Swagger UI's try-it-out").isEqualTo(200);
        assertThat(post("/api/v1/imports/securities", "text/csv", securities(), Map.of("Origin", own)).statusCode())
                .as("a browser without fetch metadata must add X-Requested-With").isEqualTo(403);
        assertThat(post("/api/v1/imports/securities", "text/csv", securities(), Map.of("Origin", own, "X-Requested-With", "XMLHttpRequest"))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void integrationClientsWithoutABrowserOriginAreUnaffected() throws Exception {
        assertThat(post("/api/v1/imports/securities", "text/csv", securities(), Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void readingTheImportLogCrossSiteIsNotAStateChange() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports?limit=1"))
                .header("Authorization", basic("admin:demo123")).header("Sec-Fetch-Site", "cross-site").GET().build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void otherContentTypesAre415WithTheAcceptedTypesNamed() throws Exception {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/json", "application/octet-stream")) {
            HttpResponse<String> response = post("/api/v1/imports/securities", type, securities(), Map.of());
            assertThat(response.statusCode()).as(type).isEqualTo(415);
            assertThat(response.body()).as(type).contains("text/csv")
                    .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").contains("multipart/form-data");
        }
    }

    @Test
    void theLoginFormRefusesAPostWithoutTheCsrfToken() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", EVIL)
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo123")).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(302, 403);
        assertThat(response.headers().firstValue("Location").orElse("/login")).as("not sent on as signed in").contains("/login");
        // whatever session the refusal left is not signed in: a protected view sends it to the login page
        String session = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse("JSESSIONID=none");
        HttpResponse<String> view = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dashboard"))
                .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(view.statusCode()).isEqualTo(302);
        assertThat(view.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theSessionCookieIsSameSiteLax() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("SameSite=Lax").contains("HttpOnly"));
    }

    /** The securities master example: imports on its own (prices, positions etc. refer to it). */
    private byte[] securities() throws Exception {
        return Files.readAllBytes(Path.of("docs/examples/securities.csv"));
    }

    private long batchCount() {
        return jdbc.sql("SELECT COUNT(*) FROM import_batch").query(Long.class).single();
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic("admin:demo123")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
