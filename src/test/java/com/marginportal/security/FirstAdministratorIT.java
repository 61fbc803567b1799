package com.marginportal.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way into an empty production database: while no enabled administrator exists, the one configured through
 * PORTAL_ADMIN_USER / PORTAL_ADMIN_PASSWORD is created once, with a temporary password; without the variables (or
 * with a weak password) nothing is created and the log says what to set. On the shared context: its administrators
 * are disabled for the duration of a test (a second application context in the same JVM would replace Spring
 * Security's context holder strategy under the first one's method security).
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorIT extends AccountsTestSupport {

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;
    @Autowired
    FirstAdministrator atStartUp;

    @Test
    void withAnAdministratorPresentNothingIsCreated() {
        long before = jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
        assertThat(administrator("chief-x", "Chief-Start-2026").ensure()).isEmpty();
        assertThat(atStartUp.ensure()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theConfiguredAdministratorIsCreatedOnceWithATemporaryPassword() throws Exception {
        String chief = uniqueLogin("chief");
        withoutEnabledAdministrators(() -> {
            assertThat(administrator(chief, "Chief-Start-2026").ensure()).isEqualTo(Optional.of(chief));
            assertThat(administrator(chief + "x", "Chief-Start-2026").ensure()).as("read once").isEmpty();
        });
        assertThat(jdbc.sql("SELECT role, password_change_required, enabled FROM app_user WHERE username = ?").param(chief)
                .query((rs, i) -> rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getBoolean(3)).single())
                .isEqualTo("ADMIN true true");
        assertThat(formLogin(chief, "Chief-Start-2026")).as("can sign in (and must then change it)").doesNotContain("error");
        assertThat(auditOf("USER_CREATED", chief)).hasSize(1);
    }

    @Test
    void withoutTheVariablesTheLogSaysWhatToSetAndNothingIsCreated(CapturedOutput output) {
        long before = jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
        withoutEnabledAdministrators(() -> {
            assertThat(administrator(null, null).ensure()).isEmpty();
            assertThat(administrator("boss", "password").ensure()).as("a weak password creates nothing").isEmpty();
        });
        assertThat(output.getAll()).contains("Set PORTAL_ADMIN_USER and PORTAL_ADMIN_PASSWORD")
                .contains("PORTAL_ADMIN_PASSWORD does not meet the password policy");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isEqualTo(before);
    }

    private FirstAdministrator administrator(String user, String password) {
        return new FirstAdministrator(new FirstAdministratorProperties(user, password), users, encoder, audit, transaction, clock);
    }

    private void withoutEnabledAdministrators(Runnable check) {
        List<Long> admins = jdbc.sql("SELECT id FROM app_user WHERE role = 'ADMIN' AND enabled").query(Long.class).list();
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE role = 'ADMIN'").update();
        try {
            check.run();
        } finally {
            jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE id IN (:ids)").param("ids", admins).update();
        }
    }
}
