package com.marginportal.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The integration API takes HTTP Basic from service accounts (and admins) only, and keeps no session. */
class ApiSecurityIT extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anonymousCallsAreUnauthorized() throws Exception {
        HttpResponse<String> response = get(null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void advisorsAreForbidden() throws Exception {
        assertThat(get("advisor1:demo123").statusCode()).isEqualTo(403);
    }

    @Test
    void wrongPasswordsAreUnauthorized() throws Exception {
        assertThat(get("integration:wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void theServiceAccountGetsThroughWithoutASession() throws Exception {
        HttpResponse<String> response = get("integration:demo123");
        assertThat(response.statusCode()).as("authenticated; no such endpoint").isEqualTo(404);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesTheImportApi() throws Exception {
        HttpResponse<String> response = get("integration:demo123", "/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"").contains("/api/v1/imports/{kind}");
        assertThat(get(null, "/v3/api-docs").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String credentials) throws Exception {
        return get(credentials, "/api/v1/no-such-endpoint");
    }

    private HttpResponse<String> get(String credentials, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
