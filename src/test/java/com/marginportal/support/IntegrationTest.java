package com.marginportal.support;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every *IT: the whole application on a random port against real MariaDB, with a small
 * deterministic demo data set. All subclasses in one test JVM share one Spring context (and one schema; failsafe runs
 * two such JVMs side by side, each on its own schema). The application's clock
 * is a {@link SimulatedClock}: real time unless a test moves it.
 */
@Import(SimulatedClock.Installer.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.demo.enabled=true",
        "portal.demo.clients=" + IntegrationTest.DEMO_CLIENTS,
        "portal.demo.max-trades-per-client=12",
        "portal.risk.schedule.enabled=false",
        "portal.classification.schedule.enabled=false",
        "portal.report.schedule.enabled=false",
        "portal.workflow.async-events=false",
        "portal.service.schedule.enabled=false",
        "vaadin.devmode.devTools.enabled=false",
        "portal.mail.embedded=false",
        // notices stay in the outbox until a test dispatches them (to the run's GreenMail, TestSmtp)
        "portal.notification.dispatch.enabled=false",
        // the portal's TCP_NODELAY SMTP sockets, counted (sessions per dispatch run), as in the notification slices
        "spring.mail.properties.mail.smtp.socketFactory.class=com.marginportal.notification.CountingSocketFactory"
})
@AutoConfigureObservability(tracing = false) // metrics export as in production: /actuator/prometheus is tested
public abstract class IntegrationTest {

    public static final int DEMO_CLIENTS = 200;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        TestDatabase.applicationSchema().register(registry);
        TestSmtp.register(registry);
    }
}
