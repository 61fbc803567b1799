package com.marginportal.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end: the core system posts a price drop to the import API; the scan that follows opens the case. */
class PriceDropApiIT extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RiskScanService scanner;

    @Test
    void aPriceDropImportedThroughTheApiOpensACaseAtTheRightLevelAndRatio() throws Exception {
        RiskFixture account = new RiskFixture(jdbc);
        scanner.scan(ScanTrigger.MANUAL);
        assertThat(account.cases()).isZero();

        HttpResponse<String> response = postPrices(
                "code,price,price_date\n" + account.securityCode + ",8.870,2026-11-25\n");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        // 8.87 × 10,000 ÷ 70,000 = 126.714…% → below the 130% margin-call line
        var opened = jdbc.sql("SELECT level, ratio_at_open FROM risk_case WHERE account_id = ? AND status = 'OPEN'")
                .param(account.accountId)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getBigDecimal(2)}).single();
        assertThat(opened[0]).isEqualTo("MARGIN_CALL");
        assertThat(((BigDecimal) opened[1]).movePointRight(2).setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo("126.71");
        assertThat(jdbc.sql("SELECT trigger_type FROM risk_scan ORDER BY id DESC LIMIT 1").query(String.class).single())
                .isEqualTo("IMPORT");
    }

    private HttpResponse<String> postPrices(String csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports/prices"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("integration:demo123".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
