package com.marginportal.notification;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The personal link token of a risk notice: {@code base64url(noticeId, expiresAt) "." base64url(HMAC-SHA256)}.
 * The MAC covers a purpose label, the notice id and the expiry, so a token can neither be moved to another
 * notice nor extended, and nothing about it is stored: single use rests on the notice's acknowledgement mark.
 * Plain Java, unit-tested with a fixed clock.
 */
final class AcknowledgementTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PURPOSE = "notice-ack.v1.";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int PAYLOAD_BYTES = 2 * Long.BYTES;
    /** Real tokens are 66 characters; anything much longer is not worth decoding. */
    private static final int MAX_LENGTH = 128;

    private final SecretKeySpec key;
    private final Duration validity;
    private final Clock clock;

    AcknowledgementTokens(byte[] secret, Duration validity, Clock clock) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("the acknowledgement secret needs at least 32 bytes");
        }
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("the acknowledgement validity must be positive");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.validity = validity;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A token for the notice, valid from now for the configured period (to the second). */
    String issue(long noticeId) {
        Instant expires = clock.instant().plus(validity);
        String payload = ENCODER.encodeToString(ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(noticeId).putLong(expires.getEpochSecond()).array());
        return payload + "." + sign(payload);
    }

    /**
     * The notice id of a genuine token that has not expired; empty for anything else. A token is expired from
     * its expiry second on. The reason is deliberately not told: callers answer every failure the same way.
     */
    Optional<Long> verify(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        // compared as text in constant time: only the canonical encoding of the MAC is accepted
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        ByteBuffer fields = decode(payload);
        if (fields == null) {
            return Optional.empty();
        }
        long noticeId = fields.getLong();
        Instant expires = Instant.ofEpochSecond(fields.getLong());
        return clock.instant().isBefore(expires) ? Optional.of(noticeId) : Optional.empty();
    }

    private static ByteBuffer decode(String payload) {
        try {
            byte[] bytes = DECODER.decode(payload);
            return bytes.length == PAYLOAD_BYTES ? ByteBuffer.wrap(bytes) : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return ENCODER.encodeToString(mac.doFinal((PURPOSE + payload).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
