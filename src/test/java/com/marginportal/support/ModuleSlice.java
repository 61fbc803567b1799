package com.marginportal.support;

import java.util.List;

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
// a slice's context stays in the cache beside the others of its JVM: a small pool that shrinks to one connection
// when idle (Hikari's default, ten held for good by each, took MariaDB's 151 connections with two test JVMs)
@TestPropertySource(properties = {"logging.level.com.marginportal.security.FirstAdministrator=OFF",
        ModuleSlice.NO_PROCESS_ENGINE, "spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.minimum-idle=1",
        "spring.datasource.hikari.idle-timeout=10000",
        // the slices of a JVM share its schema: none hands another module's outstanding events to listeners it lacks
        // (the workflow's slices, whose listeners they are, do; simulated days pass in them)
        "portal.events.resubmit-after=P3650D"})
@ExtendWith(SecurityStrategyRestored.class)
public abstract class ModuleSlice {

    private static final TestDatabase.Schema SCHEMA = TestDatabase.scratchSchema();

    /** What the application itself leaves out (application.yml; a test property replaces the list). */
    public static final String APPLICATION_EXCLUSIONS = "org.springframework.boot.autoconfigure.ldap.LdapAutoConfiguration";

    /**
     * And Flowable's engines: no slice's module but the workflow's starts processes, and the engine's start was most
     * of a slice's. (A test property, so that the workflow's slices can name their own exclusions: a subclass's
     * {@code @TestPropertySource} wins over its base's.)
     */
    static final String NO_PROCESS_ENGINE = "spring.autoconfigure.exclude=" + APPLICATION_EXCLUSIONS + ","
            + "org.flowable.spring.boot.actuate.info.FlowableInfoAutoConfiguration,"
            + "org.flowable.spring.boot.EndpointAutoConfiguration,"
            + "org.flowable.spring.boot.RestApiAutoConfiguration,"
            + "org.flowable.spring.boot.app.AppEngineServicesAutoConfiguration,"
            + "org.flowable.spring.boot.app.AppEngineAutoConfiguration,"
            + "org.flowable.spring.boot.ProcessEngineServicesAutoConfiguration,"
            + "org.flowable.spring.boot.ProcessEngineAutoConfiguration,"
            + "org.flowable.spring.boot.FlowableJpaAutoConfiguration,"
            + "org.flowable.spring.boot.dmn.DmnEngineAutoConfiguration,"
            + "org.flowable.spring.boot.dmn.DmnEngineServicesAutoConfiguration,"
            + "org.flowable.spring.boot.idm.IdmEngineAutoConfiguration,"
            + "org.flowable.spring.boot.idm.IdmEngineServicesAutoConfiguration,"
            + "org.flowable.spring.boot.eventregistry.EventRegistryAutoConfiguration,"
            + "org.flowable.spring.boot.eventregistry.EventRegistryServicesAutoConfiguration,"
            + "org.flowable.spring.boot.cmmn.CmmnEngineAutoConfiguration,"
            + "org.flowable.spring.boot.cmmn.CmmnEngineServicesAutoConfiguration,"
            + "org.flowable.spring.boot.ldap.FlowableLdapAutoConfiguration,"
            + "org.flowable.spring.boot.FlowableSecurityAutoConfiguration";

    @DynamicPropertySource
    static void sliceSchema(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
        registry.add("portal.mail.embedded", () -> "false");
        // no job runs on its own schedule: the tests call what they test, as in the whole-application tests
        for (String job : List.of("portal.risk.schedule", "portal.classification.schedule", "portal.report.schedule",
                "portal.service.schedule", "portal.notification.dispatch", "portal.valuation.retention")) {
            registry.add(job + ".enabled", () -> "false");
        }
    }
}
