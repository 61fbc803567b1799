package com.marginportal.security;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The way into an empty production database: while no administrator exists, creates one from PORTAL_ADMIN_USER
 * and PORTAL_ADMIN_PASSWORD (policy-checked, changed at the first sign-in), or says in the log what to set.
 * Nothing is ever created with a default password.
 */
@Component
// @Order(110): after the demo data loader (100), whose own admin then counts and nothing is created
@Order(110)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final FirstAdministratorProperties properties;
    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FirstAdministrator(FirstAdministratorProperties properties, AppUserRepository users, PasswordEncoder encoder,
                       AuditLog audit, TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure();
    }

    /** @return the administrator created, if one was */
    Optional<String> ensure() {
        if (users.existsByRoleAndEnabledTrue(Role.ADMIN)) {
            return Optional.empty();
        }
        String username = properties.user() == null ? "" : properties.user().strip();
        String password = properties.password();
        if (username.isEmpty() || password == null || password.isEmpty()) {
            log.error("No administrator account exists, so nobody can sign in. Set PORTAL_ADMIN_USER and "
                    + "PORTAL_ADMIN_PASSWORD (at least {} characters, three of: lower-case, upper-case, digits, "
                    + "symbols; not containing the login) and restart: that administrator is created once and must "
                    + "change the password at the first sign-in.", PasswordPolicy.MIN_LENGTH);
            return Optional.empty();
        }
        if (!PasswordPolicy.check(username, password).isEmpty()) {
            log.error("PORTAL_ADMIN_PASSWORD does not meet the password policy ({}): at least {} characters, three of: "
                            + "lower-case, upper-case, digits, symbols; not containing the login. No administrator created.",
                    PasswordPolicy.check(username, password), PasswordPolicy.MIN_LENGTH);
            return Optional.empty();
        }
        if (users.findByUsername(username).isPresent()) {
            log.error("PORTAL_ADMIN_USER '{}' already exists but is not an enabled administrator; nothing created. "
                    + "Choose another login.", username);
            return Optional.empty();
        }
        try {
            transaction.executeWithoutResult(status -> users.save(new AppUser(username, encoder.encode(password),
                    "系统管理员", Role.ADMIN, null, null, null, true, clock.instant())));
        } catch (DataIntegrityViolationException createdMeanwhile) {
            log.info("The first administrator '{}' was created by another node", username);
            return Optional.empty();
        }
        audit.recordAs("system", "USER_CREATED", "USER", username, AuditText.of("firstAdministrator"));
        log.warn("Created the first administrator '{}' from PORTAL_ADMIN_USER; the password must be changed at the "
                + "first sign-in. PORTAL_ADMIN_PASSWORD is no longer used and can be removed.", username);
        return Optional.of(username);
    }
}
