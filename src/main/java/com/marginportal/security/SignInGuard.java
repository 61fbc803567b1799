package com.marginportal.security;

import static com.marginportal.UtcColumns.instant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down, for the login form and HTTP Basic alike: counts failed attempts per account
 * and per address in the database (so all nodes agree) and refuses before the password is even checked while
 * an account is locked or an address is over its limit. System API for the authentication provider.
 * JdbcClient, not JPA: counters and locks are conditional UPDATEs and counts that every node sees at once.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class SignInGuard {

    /** The last sign-in is written at most this often for a service account calling the API. */
    private static final java.time.Duration LAST_SIGN_IN_PRECISION = java.time.Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final SignInProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    SignInGuard(JdbcClient jdbc, SignInProperties properties, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws SignInRefused while the account is locked or the address is over its limit */
    public void checkAllowed(String username, String address) {
        Instant now = clock.instant();
        Optional<LocalDateTime> lockedUntil = jdbc.sql("SELECT locked_until FROM app_user WHERE username = ?")
                .param(username).query((rs, i) -> rs.getObject(1, LocalDateTime.class)).optional();
        if (lockedUntil.isPresent() && lockedUntil.get() != null && instant(lockedUntil.get()).isAfter(now)) {
            throw new SignInRefused(SignInRefused.Reason.ACCOUNT_LOCKED, "account locked until " + instant(lockedUntil.get()));
        }
        if (address != null) {
            long recent = jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE address = ? AND failed_at >= ?")
                    .params(address, local(now.minus(properties.addressWindow()))).query(Long.class).single();
            if (recent >= properties.addressMaxFailures()) {
                throw new SignInRefused(SignInRefused.Reason.ADDRESS_THROTTLED,
                        recent + " failed sign-ins from " + address + " within " + properties.addressWindow());
            }
        }
    }

    /** A wrong password: counts for the address and the account; the limit locks the account (audited once). */
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < ?")
                .param(local(now.minus(properties.addressWindow()))).update();
        jdbc.sql("INSERT INTO sign_in_failure (address, username, failed_at) VALUES (?, ?, ?)")
                .params(address == null ? "-" : address, truncate(username), local(now)).update();
        jdbc.sql("UPDATE app_user SET failed_sign_ins = failed_sign_ins + 1 WHERE username = ?").param(username).update();
        // one statement decides: of two nodes counting the fifth failure at once, exactly one locks and audits
        int locked = jdbc.sql("""
                        UPDATE app_user SET locked_until = ?, failed_sign_ins = 0
                         WHERE username = ? AND failed_sign_ins >= ?""")
                .params(local(now.plus(properties.lockDuration())), username, properties.maxFailures()).update();
        if (locked > 0) {
            audit.recordAs(username, "ACCOUNT_LOCKED", "USER", username, AuditText.of("accountLocked",
                    properties.maxFailures(), AuditText.time(now.plus(properties.lockDuration())), address));
        }
    }

    /** A correct password: the failure count starts again and the last sign-in is noted. */
    public void recordSuccess(long userId) {
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE app_user SET failed_sign_ins = 0, last_sign_in_at = ?
                         WHERE id = ? AND (failed_sign_ins > 0 OR last_sign_in_at IS NULL OR last_sign_in_at < ?)""")
                .params(local(now), userId, local(now.minus(LAST_SIGN_IN_PRECISION))).update();
    }

    @Transactional(readOnly = true)
    public boolean passwordChangeRequired(long userId) {
        return jdbc.sql("SELECT password_change_required FROM app_user WHERE id = ?").param(userId)
                .query(Boolean.class).optional().orElse(false);
    }

    private static String truncate(String username) {
        return username == null ? null : username.length() <= 50 ? username : username.substring(0, 50);
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

}
