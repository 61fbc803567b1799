package com.marginportal.security;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing: 20 wrong passwords in quick succession, then the right one — through the login form and
 * through HTTP Basic. After 5 failures the account is locked (audited once), the right password is refused, an
 * admin unlocks it. Throttling by address (no form, no HTTP) is SignInGuardModuleIT's, on the security module alone.
 */
class PasswordGuessingIT extends AccountsTestSupport {

    @Test
    void twentyWrongPasswordsAtTheLoginFormLockTheAccountAndTheRightOneIsRefusedUntilUnlocked() throws Exception {
        UserSummary victim = newAccount("guess-form", Role.ADVISOR, 1L, true);
        assertThat(formLogin(victim.username(), PASSWORD)).as("works before").startsWith("302").doesNotContain("error");
        for (int i = 0; i < 20; i++) {
            assertThat(formLogin(victim.username(), "wrong-" + i)).endsWith("/login?error");
        }
        assertThat(formLogin(victim.username(), PASSWORD)).as("right password while locked").endsWith("/login?error");
        assertThat(auditOf("ACCOUNT_LOCKED", victim.username())).as("locked once, at the fifth failure").hasSize(1);
        assertThat(auditOf("LOGIN_REFUSED", victim.username())).as("attempts while locked are refused, audited")
                .hasSizeGreaterThanOrEqualTo(15);
        assertThat(as("admin", () -> accounts.account(victim.id())).lockedUntil()).isNotNull();

        as("admin", () -> accounts.unlock(victim.id()));
        assertThat(formLogin(victim.username(), PASSWORD)).startsWith("302").doesNotContain("error");
        assertThat(auditOf("USER_UNLOCKED", victim.username())).hasSize(1);
    }

    @Test
    void twentyWrongPasswordsOverHttpBasicLockTheAccountToo() throws Exception {
        UserSummary service = newAccount("guess-api", Role.INTEGRATION, null, false);
        assertThat(basic(service.username(), PASSWORD)).isEqualTo(404);
        for (int i = 0; i < 20; i++) {
            assertThat(basic(service.username(), "wrong-" + i)).isEqualTo(401);
        }
        assertThat(basic(service.username(), PASSWORD)).as("right password while locked").isEqualTo(401);
        assertThat(auditOf("ACCOUNT_LOCKED", service.username())).hasSize(1);
    }

    @Test
    void aLockThatHasRunOutNoLongerRefuses() throws Exception {
        UserSummary user = newAccount("guess-expired", Role.INTEGRATION, null, false);
        jdbc.sql("UPDATE app_user SET locked_until = ? WHERE id = ?")
                .params(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), user.id()).update();
        assertThat(basic(user.username(), PASSWORD)).isEqualTo(404);
        jdbc.sql("UPDATE app_user SET locked_until = ? WHERE id = ?")
                .params(LocalDateTime.now(ZoneOffset.UTC).plusMinutes(10), user.id()).update();
        assertThat(basic(user.username(), PASSWORD)).isEqualTo(401);
    }
}
