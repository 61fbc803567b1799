package com.marginportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marginportal.TimeConfiguration;
import com.marginportal.support.TestDatabase;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in throttling by address, on the security module alone (a Spring Modulith slice: the module's beans and
 * Boot's auto-configuration, no other feature, no web server) and a MariaDB schema of its own, so no other test's
 * failures count here; Flowable's engine is left out (no part of the security module). Moved from
 * PasswordGuessingIT, which keeps what goes through the login form and HTTP Basic.
 */
@ApplicationModuleTest(verifyAutomatically = false) // ApplicationModulesTest verifies the modules, with the known cycles
@Import(TimeConfiguration.class)
class SignInGuardModuleIT {

    private static final TestDatabase.Schema SCHEMA = TestDatabase.scratchSchema();
    /**
     * Vaadin's security configuration installs its context-holder strategy into the static SecurityContextHolder when
     * this slice's context starts; the whole-application context of the same JVM needs its own back afterwards.
     * Taken when the class loads, before this class's context exists.
     */
    private static final SecurityContextHolderStrategy STRATEGY_BEFORE = SecurityContextHolder.getContextHolderStrategy();

    private static final java.util.List<String> FLOWABLE_AUTO_CONFIGURATION = java.util.stream.Stream.of(
            "actuate.info.FlowableInfoAutoConfiguration", "EndpointAutoConfiguration", "RestApiAutoConfiguration",
            "app.AppEngineServicesAutoConfiguration", "app.AppEngineAutoConfiguration",
            "ProcessEngineServicesAutoConfiguration", "ProcessEngineAutoConfiguration", "FlowableJpaAutoConfiguration",
            "dmn.DmnEngineAutoConfiguration", "dmn.DmnEngineServicesAutoConfiguration",
            "idm.IdmEngineAutoConfiguration", "idm.IdmEngineServicesAutoConfiguration",
            "eventregistry.EventRegistryAutoConfiguration", "eventregistry.EventRegistryServicesAutoConfiguration",
            "cmmn.CmmnEngineAutoConfiguration", "cmmn.CmmnEngineServicesAutoConfiguration",
            "ldap.FlowableLdapAutoConfiguration", "FlowableSecurityAutoConfiguration")
            .map(name -> "org.flowable.spring.boot." + name).toList();

    @Autowired
    SignInGuard guard;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
        // no process engine: the security module does not use Flowable, and its start (its ~80 tables created on the
        // fresh schema, the BPMN deployed) was most of this slice's start
        registry.add("spring.autoconfigure.exclude", () -> String.join(",", FLOWABLE_AUTO_CONFIGURATION));
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
        registry.add("portal.mail.embedded", () -> "false");
    }

    @AfterAll
    void restoreSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(STRATEGY_BEFORE);
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedForEveryAccountButOtherAddressesAreNot() {
        String attacker = "203.0.113.77";
        for (int i = 0; i < 30; i++) {
            guard.recordFailure("sprayed-" + i, attacker);
        }
        assertThatThrownBy(() -> guard.checkAllowed("admin", attacker))
                .isInstanceOfSatisfying(SignInRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(SignInRefused.Reason.ADDRESS_THROTTLED));
        guard.checkAllowed("admin", "203.0.113.78");
    }

    @Test
    void wrongPasswordsOfUnknownAccountsCountForTheAddressOnly() {
        guard.recordFailure("nobody-" + System.nanoTime(), "198.51.100.5");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE address = '198.51.100.5'").query(Long.class).single())
                .isEqualTo(1);
        guard.checkAllowed("nobody", "198.51.100.5");
    }
}
