package com.marginportal.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration account is API-only: the login form refuses it with its own reason; its credentials rotate
 * without a restart (Basic reads the database on every call, no user cache); API calls write no LOGIN entry each.
 */
class ServiceAccountIT extends AccountsTestSupport {

    @Test
    void aServiceAccountCannotSignInAtTheLoginForm() throws Exception {
        UserSummary service = newAccount("core-api", Role.INTEGRATION, null, false);
        assertThat(formLogin(service.username(), PASSWORD)).endsWith("/login?error");
        assertThat(auditOf("LOGIN_REFUSED", service.username())).singleElement()
                .satisfies(r -> assertThat(r.details()).startsWith("service account, not for the portal"));
        assertThat(basic(service.username(), PASSWORD)).as("the API still takes it").isEqualTo(404);
    }

    @Test
    void theDemoIntegrationAccountIsRefusedAtTheFormToo() throws Exception {
        assertThat(formLogin("integration", "demo123")).endsWith("/login?error");
    }

    @Test
    void anAdminRotatesTheApiCredentialsWithoutARestart() throws Exception {
        UserSummary service = newAccount("core-rotate", Role.INTEGRATION, null, false);
        assertThat(basic(service.username(), PASSWORD)).isEqualTo(404);
        UserSummary after = as("admin", () -> accounts.resetPassword(service.id(), "Rotated-2026-Q4"));
        assertThat(after.passwordChangeRequired()).as("a service account cannot change it itself").isFalse();
        assertThat(basic(service.username(), PASSWORD)).as("old credentials, next call").isEqualTo(401);
        assertThat(basic(service.username(), "Rotated-2026-Q4")).as("new credentials, next call").isEqualTo(404);
        assertThat(auditOf("PASSWORD_RESET", service.username())).singleElement()
                .satisfies(r -> assertThat(r.details()).isEqualTo("API credentials rotated"));
    }

    @Test
    void apiCallsWriteNoLoginEntryEachButTheLastSignInIsKept() throws Exception {
        UserSummary service = newAccount("core-quiet", Role.INTEGRATION, null, false);
        for (int i = 0; i < 3; i++) {
            assertThat(basic(service.username(), PASSWORD)).isEqualTo(404);
        }
        assertThat(auditOf("LOGIN", service.username())).isEmpty();
        assertThat(as("admin", () -> accounts.account(service.id())).lastSignInAt()).isNotNull();
    }

    @Test
    void aFormSignInIsAuditedOnce() throws Exception {
        UserSummary person = newAccount("form-audit", Role.MANAGER, 2L, true);
        assertThat(formLogin(person.username(), PASSWORD)).doesNotContain("error");
        assertThat(auditOf("LOGIN", person.username())).hasSize(1);
    }

    @Test
    void aTemporaryPasswordDoesNotOpenTheApi() throws Exception {
        UserSummary admin = newAccount("temp-admin", Role.ADMIN, null, false);
        assertThat(admin.passwordChangeRequired()).isTrue();
        assertThat(basic(admin.username(), PASSWORD)).isEqualTo(401);
        jdbc.sql("UPDATE app_user SET password_change_required = FALSE WHERE id = ?").param(admin.id()).update();
        assertThat(basic(admin.username(), PASSWORD)).isEqualTo(404);
    }
}
