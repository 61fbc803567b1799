package com.marginportal.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password-guessing limits ({@code portal.sign-in.*}). An account is locked for {@code lockDuration} after
 * {@code maxFailures} wrong passwords in a row; an address is refused while it has {@code addressMaxFailures}
 * failed attempts (any account) within {@code addressWindow}. Both are kept in the database, so every node agrees.
 */
@ConfigurationProperties("portal.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailures,
                               @DefaultValue("PT15M") Duration lockDuration,
                               @DefaultValue("30") int addressMaxFailures,
                               @DefaultValue("PT15M") Duration addressWindow) {

    public SignInProperties {
        if (maxFailures < 1 || addressMaxFailures < 1) {
            throw new IllegalArgumentException("portal.sign-in.max-failures and address-max-failures must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero() || addressWindow.isNegative() || addressWindow.isZero()) {
            throw new IllegalArgumentException("portal.sign-in.lock-duration and address-window must be positive");
        }
    }
}
