package com.marginportal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.IntegrationTest;
import com.marginportal.support.TestSmtp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Operations endpoints: probes open without details, health details and Prometheus metrics for admins only. */
class OperationsEndpointsIT extends IntegrationTest {

    @Autowired
    private RiskScanService scans;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anonymousCallersGetTheProbesOnlyWithoutDetails() throws Exception {
        assertThat(get(null, "/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(get(null, "/actuator/health").statusCode()).isEqualTo(401);
        assertThat(get("advisor1:demo123", "/actuator/prometheus").statusCode()).isEqualTo(403);
        // the service account signs in to the import API only: elsewhere its credentials are refused outright
        assertThat(get("integration:demo123", "/actuator/prometheus").statusCode()).isEqualTo(401);
        for (String probe : new String[]{"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(null, probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void adminsSeeHealthDetailsAndThePortalsMetrics() throws Exception {
        TestSmtp.up(); // the mail health checks the run's SMTP server, which not every test order has started yet
        scans.scan(ScanTrigger.MANUAL);
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports/securities"))
                .header("Authorization", basic("admin:demo123")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of("docs/examples/securities.csv"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).isEqualTo(200);

        HttpResponse<String> health = get("admin:demo123", "/actuator/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\"", "\"mail\"", "\"diskSpace\"", "\"flowableJobExecutor\"", "\"livenessState\"");

        HttpResponse<String> metrics = get("admin:demo123", "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains(
                "portal_risk_scan_seconds_count{application=\"margin-portal\",trigger=\"MANUAL\"}",
                "portal_risk_accounts_in_breach{",
                "portal_risk_cases_opened_total{application=\"margin-portal\",level=\"MARGIN_CALL\"}",
                "portal_workflow_process_starts_total{",
                "portal_notices{application=\"margin-portal\",status=\"pending\"}",
                "portal_notices{application=\"margin-portal\",status=\"sent\"}",
                "portal_notices{application=\"margin-portal\",status=\"failed\"}",
                "portal_notices_oldest_pending_age_seconds{",
                "portal_import_rows_total{application=\"margin-portal\",kind=\"SECURITIES\"}",
                "portal_import_duration_seconds_count{");
    }

    private HttpResponse<String> get(String credentials, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
