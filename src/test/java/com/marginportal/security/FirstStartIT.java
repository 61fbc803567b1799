package com.marginportal.security;

import java.time.Clock;

import com.marginportal.support.TestDatabase;
import com.marginportal.support.TestSmtp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start of the production profile on an empty schema: no demo data, no users, no branches — except the
 * administrator configured through PORTAL_ADMIN_USER / PORTAL_ADMIN_PASSWORD, with a temporary password. A context
 * of its own on a schema of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.demo.enabled=false",
        "portal.admin.user=chief",
        "portal.admin.password=Chief-Start-2026",
        "portal.notification.ack-secret=first-start-test-secret",
        "portal.public-base-url=http://localhost",
        "spring.mail.host=127.0.0.1",
        "portal.risk.schedule.enabled=false",
        "portal.classification.schedule.enabled=false",
        "portal.report.schedule.enabled=false",
        "portal.service.schedule.enabled=false",
        "portal.notification.dispatch.enabled=false",
        "vaadin.devmode.devTools.enabled=false"
})
@ActiveProfiles("mariadb")
@ExtendWith(OutputCaptureExtension.class)
class FirstStartIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;
    @Autowired
    FirstAdministrator configured;

    @DynamicPropertySource
    static void emptySchema(DynamicPropertyRegistry registry) {
        TestDatabase.scratchSchema().register(registry);
        registry.add("spring.mail.port", () -> TestSmtp.PORT);
    }

    @Test
    void theOnlyAccountIsTheConfiguredAdministratorWhoMustChangeThePassword() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM branch").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT username, role, password_change_required FROM app_user")
                .query((rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3)).list())
                .containsExactly("chief ADMIN true");
        assertThat(configured.ensure()).as("read once: an administrator exists now").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withoutTheVariablesTheLogSaysWhatToSetAndNothingIsCreated(CapturedOutput output) {
        withoutEnabledAdministrator(() -> {
            assertThat(administrator(null, null).ensure()).isEmpty();
            assertThat(output.getOut() + output.getErr()).contains("Set PORTAL_ADMIN_USER and PORTAL_ADMIN_PASSWORD");
            assertThat(administrator("boss", "password").ensure()).as("a weak password creates nothing").isEmpty();
            assertThat(output.getOut() + output.getErr()).contains("PORTAL_ADMIN_PASSWORD does not meet the password policy");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isEqualTo(1);
        });
    }

    private FirstAdministrator administrator(String user, String password) {
        return new FirstAdministrator(new FirstAdministratorProperties(user, password), users, encoder, audit, transaction, clock);
    }

    private void withoutEnabledAdministrator(Runnable check) {
        jdbc.sql("UPDATE app_user SET enabled = FALSE").update();
        try {
            check.run();
        } finally {
            jdbc.sql("UPDATE app_user SET enabled = TRUE").update();
        }
    }
}
