package com.marginportal.support;

import java.util.List;
import java.util.stream.Stream;

import com.marginportal.TimeConfiguration;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the module slice tests (Spring Modulith's {@code @ApplicationModuleTest} on the subclass): the module's beans,
 * with {@code DIRECT_DEPENDENCIES} those of the modules it uses, Boot's auto-configuration, no web server and no
 * process engine, on a MariaDB schema the slices of a test JVM share with nothing else. The schema has the migrations
 * and no demo data: each test makes the branches, staff and clients it needs ({@link StaffFixture},
 * {@link ClientFixture}). Slices of one module share one context.
 */
@Import({TimeConfiguration.class, SimulatedClock.Installer.class})
// a slice's schema has no administrator by design: the production start-up ERROR saying so is noise here (a level
// set here, not in @DynamicPropertySource, which comes after the logging system has read its levels)
@TestPropertySource(properties = "logging.level.com.marginportal.security.FirstAdministrator=OFF")
@ExtendWith(SecurityStrategyRestored.class)
public abstract class ModuleSlice {

    private static final TestDatabase.Schema SCHEMA = TestDatabase.scratchSchema();

    /** Flowable's engines: no slice's module starts processes, and its start was most of a slice's. */
    private static final List<String> FLOWABLE_AUTO_CONFIGURATION = Stream.of(
            "actuate.info.FlowableInfoAutoConfiguration", "EndpointAutoConfiguration", "RestApiAutoConfiguration",
            "app.AppEngineServicesAutoConfiguration", "app.AppEngineAutoConfiguration",
            "ProcessEngineServicesAutoConfiguration", "ProcessEngineAutoConfiguration", "FlowableJpaAutoConfiguration",
            "dmn.DmnEngineAutoConfiguration", "dmn.DmnEngineServicesAutoConfiguration",
            "idm.IdmEngineAutoConfiguration", "idm.IdmEngineServicesAutoConfiguration",
            "eventregistry.EventRegistryAutoConfiguration", "eventregistry.EventRegistryServicesAutoConfiguration",
            "cmmn.CmmnEngineAutoConfiguration", "cmmn.CmmnEngineServicesAutoConfiguration",
            "ldap.FlowableLdapAutoConfiguration", "FlowableSecurityAutoConfiguration")
            .map(name -> "org.flowable.spring.boot." + name).toList();

    @DynamicPropertySource
    static void sliceSchema(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
        registry.add("spring.autoconfigure.exclude", () -> String.join(",", FLOWABLE_AUTO_CONFIGURATION));
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
        registry.add("portal.mail.embedded", () -> "false");
        // no job runs on its own schedule: the tests call what they test, as in the whole-application tests
        for (String job : List.of("portal.risk.schedule", "portal.classification.schedule", "portal.report.schedule",
                "portal.service.schedule", "portal.notification.dispatch", "portal.valuation.retention")) {
            registry.add(job + ".enabled", () -> "false");
        }
    }
}
