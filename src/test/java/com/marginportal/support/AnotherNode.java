package com.marginportal.support;

import java.util.LinkedHashMap;
import java.util.Map;

import com.marginportal.MarginPortalApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second node of the portal on the test schema, as in a two-node production: no demo data, no scheduled scans,
 * classification or dispatch of its own, its reconciler and redelivery out of the way, so what it does is what the
 * test makes it do. Settings are passed as command-line arguments: they outrank application.yml, as the test
 * context's properties do.
 */
public final class AnotherNode {

    private final Map<String, Object> settings = new LinkedHashMap<>();

    private AnotherNode() {
        TestDatabase.Schema schema = TestDatabase.applicationSchema();
        settings.put("spring.datasource.url", schema.url());
        settings.put("spring.datasource.username", schema.username());
        settings.put("spring.datasource.password", schema.password());
        settings.put("spring.datasource.driver-class-name", "org.mariadb.jdbc.Driver");
        settings.put("server.port", "0");
        settings.put("spring.mail.host", "127.0.0.1");
        settings.put("spring.mail.port", TestSmtp.PORT);
        settings.put("portal.demo.enabled", "false");
        settings.put("portal.risk.schedule.enabled", "false");
        settings.put("portal.classification.schedule.enabled", "false");
        settings.put("portal.notification.dispatch.enabled", "false");
        settings.put("portal.workflow.reconcile-delay", "PT1H");
        settings.put("portal.events.resubmit-delay", "PT1H");
        settings.put("vaadin.devmode.devTools.enabled", "false");
        settings.put("portal.mail.embedded", "false");
    }

    public static AnotherNode onTheTestSchema() {
        return new AnotherNode();
    }

    public AnotherNode with(String key, Object value) {
        settings.put(key, value);
        return this;
    }

    public ConfigurableApplicationContext start() {
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(MarginPortalApplication.class).run(args);
    }
}
