package com.marginportal.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.marginportal.support.TestSmtp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring's service account (role METRICS, which actuator security named but no account could hold): health
 * details and Prometheus metrics under /actuator, nothing else — not the login form, not the import API.
 */
class MetricsAccountIT extends AccountsTestSupport {

    @Test
    void aMetricsAccountScrapesTheActuatorAndNothingElse() throws Exception {
        TestSmtp.up(); // the mail health checks the run's SMTP server: down, the health answer would be 503
        UserSummary scraper = newAccount("scraper", Role.METRICS, null, false);
        assertThat(scraper.passwordChangeRequired()).as("a service account keeps its password").isFalse();
        assertThat(scraper.branchId()).isNull();

        HttpResponse<String> metrics = actuator(scraper.username(), "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("portal_notices{");
        HttpResponse<String> health = actuator(scraper.username(), "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).as("details for the monitoring").contains("\"db\"");

        assertThat(basic(scraper.username(), PASSWORD)).as("the import API").isEqualTo(401);
        assertThat(formLogin(scraper.username(), PASSWORD)).as("the login form").endsWith("/login?error");
        assertThat(auditOf("LOGIN_REFUSED", scraper.username())).hasSize(2)
                .allSatisfy(r -> assertThat(r.details()).startsWith("service account, not for the portal"));
    }

    @Test
    void theCoreSystemsAccountDoesNotReachTheActuator() throws Exception {
        UserSummary service = newAccount("svc-no-metrics", Role.INTEGRATION, null, false);
        assertThat(actuator(service.username(), "/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(basic(service.username(), PASSWORD)).as("its own API still works").isEqualTo(404);
    }

    private HttpResponse<String> actuator(String username, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
