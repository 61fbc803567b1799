package com.marginportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marginportal.support.ModuleSlice;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Sign-in throttling by address, on the security module alone (a Spring Modulith slice: the module's beans and
 * Boot's auto-configuration, no other feature, no web server, no process engine) on the slices' schema, so no other
 * test's failures count here. Moved from PasswordGuessingIT, which keeps what goes through the login form and HTTP
 * Basic.
 */
// as AccountsModuleSupport names it (one context); ApplicationModulesTest verifies the modules
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class SignInGuardModuleIT extends ModuleSlice {

    @Autowired
    SignInGuard guard;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAddressWithTooManyFailuresIsRefusedForEveryAccountButOtherAddressesAreNot() {
        String attacker = "203.0.113.77";
        for (int i = 0; i < 30; i++) {
            guard.recordFailure("sprayed-" + i, attacker);
        }
        assertThatThrownBy(() -> guard.checkAllowed("some-login", attacker))
                .isInstanceOfSatisfying(SignInRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(SignInRefused.Reason.ADDRESS_THROTTLED));
        guard.checkAllowed("some-login", "203.0.113.78");
    }

    @Test
    void wrongPasswordsOfUnknownAccountsCountForTheAddressOnly() {
        guard.recordFailure("nobody-" + System.nanoTime(), "198.51.100.5");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE address = '198.51.100.5'").query(Long.class).single())
                .isEqualTo(1);
        guard.checkAllowed("nobody", "198.51.100.5");
    }
}
