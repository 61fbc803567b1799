package com.marginportal.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The personal acknowledgement links of risk notices ({@code portal.notification.ack-*}).
 *
 * @param ackSecret   HMAC key of the link tokens, at least 32 bytes (e.g. {@code openssl rand -base64 48}); never
 *                    committed. Unset only in development: a random key per start is used, with a warning. The
 *                    {@code mariadb} profile requires it from {@code NOTICE_ACK_SECRET}.
 * @param ackValidity how long a link works after the e-mail went out
 */
@ConfigurationProperties("portal.notification")
public record AcknowledgementProperties(String ackSecret, @DefaultValue("P7D") Duration ackValidity) {

    public AcknowledgementProperties {
        if (ackValidity.isNegative() || ackValidity.isZero()) {
            throw new IllegalArgumentException("portal.notification.ack-validity must be positive");
        }
    }

    boolean hasSecret() {
        return ackSecret != null && !ackSecret.isBlank();
    }

    /** Never prints the secret (records print every component). */
    @Override
    public String toString() {
        return "AcknowledgementProperties[ackSecret=" + (hasSecret() ? "******" : "<random per start>")
                + ", ackValidity=" + ackValidity + "]";
    }
}
