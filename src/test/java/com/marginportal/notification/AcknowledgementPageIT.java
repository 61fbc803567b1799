package com.marginportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.marginportal.UtcColumns;
import com.marginportal.security.AuditLog;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public acknowledgement page over HTTP on MariaDB, with the link taken from the received e-mail and a clock
 * the test moves: what it shows, what it records, that a used link says when it was used and records nothing,
 * and that every bad token — forged, tampered with, expired — gets one and the same neutral answer. Other routes
 * still need a login.
 */
class AcknowledgementPageIT extends NotificationTestSupport {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/ack/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    private NoticeAcknowledgements acknowledgements;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AuditLog auditLog;

    @Test
    void theLinkShowsTheNoticeAndTheClickRecordsItOnce() throws Exception {
        Sent sent = sendWarning("zh-CN");

        HttpResponse<String> page = get(sent.token());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("【两融风险提示】", "信用账户：********1234", "维持担保比例为 127.14%",
                "我已阅读并知悉本通知", "<form method=\"post\"").doesNotContain(sent.token(), "%%ACK_LINK%%", "个人专用");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'", "form-action 'self'", "frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(page.headers().firstValue("Set-Cookie")).as("no session for the public page").isEmpty();
        assertThat(acknowledgedAt(sent.noticeId())).as("opening the link records nothing").isNull();

        HttpResponse<String> done = post(sent.token());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("已记录：您已于", "确认阅读本通知").doesNotContain("127.14%");
        assertThat(acknowledgedAt(sent.noticeId())).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_acknowledgement WHERE notice_id = ?").param(sent.noticeId())
                .query(Long.class).single()).as("the case (its process is gone) has it too").isOne();
        assertThat(auditLog.latest("NOTICE_ACKNOWLEDGED", 5))
                .anyMatch(e -> e.entityId().equals(Long.toString(sent.noticeId())));

        var first = acknowledgedAt(sent.noticeId());
        String firstTime = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
                .format(first.atZone(java.time.ZoneId.of("Asia/Shanghai")));
        clock.advance(Duration.ofMinutes(5));
        // the link opened again, or the button clicked twice: the client learns that the first click counted
        HttpResponse<String> again = post(sent.token());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("您已于 " + firstTime, "无需再次确认").doesNotContain("127.14%", "<form");
        assertThat(get(sent.token()).body()).isEqualTo(again.body());
        assertThat(acknowledgedAt(sent.noticeId())).as("a replay changes nothing").isEqualTo(first);
        assertThat(auditLog.latest("NOTICE_ACKNOWLEDGED", 50))
                .filteredOn(e -> e.entityId().equals(Long.toString(sent.noticeId()))).hasSize(1);
        clock.advance(Duration.ofDays(7));
        assertNeutral(get(sent.token())); // expired: says nothing, not even that it was used
        assertNeutral(post(sent.token()));
    }

    @Test
    void anEnglishNoticeGetsAnEnglishPage() throws Exception {
        Sent sent = sendWarning("en");

        assertThat(get(sent.token()).body()).contains("lang=\"en\"", "Credit account: ********1234",
                "I have read this notice").doesNotContain("我已阅读");
        assertThat(post(sent.token()).body()).contains("Recorded: on ", "(Beijing time) you confirmed");
    }

    @Test
    void forgedTamperedAndExpiredTokensGetTheSameNeutralPage() throws Exception {
        Sent sent = sendWarning("zh-CN");
        Sent other = sendWarning("zh-CN");
        String[] parts = sent.token().split("\\.");
        String signature = parts[1];
        byte[] fields = Base64.getUrlDecoder().decode(parts[0]);
        long expires = ByteBuffer.wrap(fields).getLong(8);

        List<String> bad = List.of(
                payload(sent.noticeId(), expires) + "." + "A".repeat(43),                      // forged signature
                payload(other.noticeId(), expires) + "." + signature,                          // moved to another notice
                payload(sent.noticeId(), expires + 365 * 86_400L) + "." + signature,           // extended
                other.token().split("\\.")[0] + "." + signature,                              // spliced
                "nonsense", "a.b");
        for (String token : bad) {
            assertNeutral(get(token));
            assertNeutral(post(token));
        }
        assertNeutral(get(""));
        assertNeutral(get("x/y"));

        clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(get(sent.token()).statusCode()).as("still valid a second before").isEqualTo(200);
        clock.advance(Duration.ofSeconds(1));
        assertNeutral(get(sent.token()));
        assertNeutral(post(sent.token()));
        assertThat(acknowledgedAt(sent.noticeId())).as("nothing was recorded").isNull();
        assertThat(acknowledgedAt(other.noticeId())).isNull();
    }

    @Test
    void onlyTheAcknowledgementPageIsPublic() throws Exception {
        for (String path : List.of("/", "/clients", "/tasks", "/risk/cases", "/admin/users", "/acknowledge", "/ackx")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/imports")).GET()).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/ack/..%2Fclients")).GET()).statusCode())
                .as("no way out of the path").isIn(400, 404);
    }

    private void assertNeutral(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(neutralPage()).doesNotContain("1234", "通知：", "127");
    }

    private String neutralPage() {
        try {
            return get("nonsense").body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Sent sendWarning(String language) throws Exception {
        String to = recipient();
        long id = notifications.enqueueRiskNotice(NoticeRequests.of(NoticeType.WARNING, unique(), unique(), language, to, null));
        dispatcher.dispatchDue();
        List<MimeMessage> mails = messagesTo(to);
        assertThat(mails).hasSize(1);
        Matcher link = LINK.matcher(part(mails.get(0), "text/plain"));
        assertThat(link.find()).isTrue();
        return new Sent(id, link.group(1));
    }

    private java.time.Instant acknowledgedAt(long noticeId) {
        return jdbc.sql("SELECT acknowledged_at FROM notification WHERE id = ?").param(noticeId)
                .query((rs, i) -> java.util.Optional.ofNullable(UtcColumns.instant(rs, "acknowledged_at")))
                .single().orElse(null);
    }

    private static String payload(long noticeId, long expires) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                ByteBuffer.allocate(16).putLong(noticeId).putLong(expires).array());
    }

    private HttpResponse<String> get(String token) throws Exception {
        return send(HttpRequest.newBuilder(uri("/ack/" + token)).GET());
    }

    private HttpResponse<String> post(String token) throws Exception {
        return send(HttpRequest.newBuilder(uri("/ack/" + token)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private record Sent(long noticeId, String token) {
    }
}
