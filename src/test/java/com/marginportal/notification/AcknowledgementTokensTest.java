package com.marginportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Sign and verify the acknowledgement link tokens with a clock that only moves when told to. */
class AcknowledgementTokensTest {

    private static final byte[] SECRET = "test-secret-of-at-least-32-bytes-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final Instant ISSUED = Instant.parse("2026-11-25T07:00:00Z");
    private static final Duration VALIDITY = Duration.ofDays(7);

    private final MutableClock clock = new MutableClock(ISSUED, ZoneId.of("Asia/Shanghai"));
    private final AcknowledgementTokens tokens = new AcknowledgementTokens(SECRET, VALIDITY, clock);

    @Test
    void aFreshTokenNamesItsNotice() {
        String token = tokens.issue(4711);

        assertThat(token).matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
        assertThat(tokens.verify(token)).contains(4711L);
    }

    @Test
    void itExpiresExactlyAtTheEndOfItsValidity() {
        String token = tokens.issue(1);

        clock.set(ISSUED.plus(VALIDITY).minusNanos(1));
        assertThat(tokens.verify(token)).as("the last moment").contains(1L);
        clock.set(ISSUED.plus(VALIDITY));
        assertThat(tokens.verify(token)).as("at the boundary").isEmpty();
        clock.set(ISSUED.plus(VALIDITY).plusSeconds(1));
        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void aTamperedPayloadIsRejected() {
        String token = tokens.issue(1);
        String[] parts = token.split("\\.");

        String laterExpiry = payload(1, ISSUED.plus(Duration.ofDays(365)));
        assertThat(tokens.verify(laterExpiry + "." + parts[1])).as("extended").isEmpty();
        char flipped = parts[0].charAt(3) == 'A' ? 'B' : 'A';
        String oneCharacter = parts[0].substring(0, 3) + flipped + parts[0].substring(4);
        assertThat(tokens.verify(oneCharacter + "." + parts[1])).as("one character changed").isEmpty();
    }

    @Test
    void aTokenCannotBeMovedToAnotherNotice() {
        String[] parts = tokens.issue(41).split("\\.");
        String otherNotice = payload(42, ISSUED.plus(VALIDITY));

        assertThat(tokens.verify(otherNotice + "." + parts[1])).isEmpty();
        assertThat(tokens.verify(tokens.issue(42))).as("its own token").contains(42L);
    }

    @Test
    void aWrongSignatureIsRejected() {
        String token = tokens.issue(7);
        String payload = token.substring(0, token.indexOf('.'));
        AcknowledgementTokens otherKey = new AcknowledgementTokens(
                "another-secret-of-at-least-32-bytes-xxxxxxx".getBytes(StandardCharsets.UTF_8), VALIDITY, clock);

        assertThat(otherKey.verify(token)).as("signed with another key").isEmpty();
        assertThat(tokens.verify(payload + "." + "A".repeat(43))).isEmpty();
        assertThat(tokens.verify(payload + ".")).isEmpty();
        String signature = token.substring(token.indexOf('.') + 1);
        // same bytes, other spelling (an unused low bit of the last character): only the canonical form counts
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String respelled = signature.substring(0, 42) + alphabet.charAt(alphabet.indexOf(signature.charAt(42)) ^ 1);
        assertThat(Base64.getUrlDecoder().decode(respelled)).isEqualTo(Base64.getUrlDecoder().decode(signature));
        assertThat(tokens.verify(payload + "." + respelled)).isEmpty();
    }

    @Test
    void garbageIsRejectedWithoutErrors() {
        for (String garbage : new String[] {null, "", ".", "abc", "a.b.c", "!!!!.????", "x".repeat(5000),
                tokens.issue(1) + ".", "\u4e2d\u6587.\u6587\u5b57"}) {
            assertThat(tokens.verify(garbage)).as(String.valueOf(garbage)).isEmpty();
        }
    }

    @Test
    void weakSecretsAreRefused() {
        assertThatThrownBy(() -> new AcknowledgementTokens("short".getBytes(StandardCharsets.UTF_8), VALIDITY, clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AcknowledgementTokens(SECRET, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String payload(long noticeId, Instant expires) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                ByteBuffer.allocate(16).putLong(noticeId).putLong(expires.getEpochSecond()).array());
    }
}
