package com.marginportal.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Each context holds Vaadin's context-holder strategy as a bean and installs it into the static SecurityContextHolder
 * when it starts; its method security reads that bean. A slice class runs with its own context's strategy (also when
 * the context comes from the cache, started for an earlier class) and leaves the one it found for the next class,
 * such as the whole-application context's tests. Taken before the test instance (and with it, in a per-class
 * lifecycle, a new context) exists.
 */
public final class SecurityStrategyRestored
        implements TestInstancePreConstructCallback, BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(SecurityStrategyRestored.class);

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
        context.getStore(HERE).getOrComputeIfAbsent("before", key -> SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolderStrategy before = context.getStore(HERE).get("before", SecurityContextHolderStrategy.class);
        if (before != null) {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }
}
