package com.marginportal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application's clock in the shared test context: the system clock moved by an offset that only a test
 * changes (the breach simulation moves it over several trading days). At offset zero it is the system clock,
 * so every other test sees real time. Installed by wrapping the application's {@code clock} bean.
 */
public final class SimulatedClock extends Clock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    private final Clock base;

    private SimulatedClock(Clock base) {
        this.base = base;
    }

    /** Moves the application's time forward (or back) by {@code amount}; returns the new time. */
    public static Instant shift(Duration amount) {
        OFFSET.updateAndGet(o -> o.plus(amount));
        return Instant.now().plus(OFFSET.get());
    }

    /** Back to real time. */
    public static void reset() {
        OFFSET.set(Duration.ZERO);
    }

    public static Instant now() {
        return Instant.now().plus(OFFSET.get());
    }

    @Override
    public Instant instant() {
        return base.instant().plus(OFFSET.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SimulatedClock(base.withZone(zone));
    }

    /** Wraps the application's {@code clock} bean (a test configuration may still put its own @Primary clock first). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Installer {

        @Bean
        static BeanPostProcessor simulatedClockInstaller() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return "clock".equals(beanName) && bean instanceof Clock clock && !(bean instanceof SimulatedClock)
                            ? new SimulatedClock(clock) : bean;
                }
            };
        }
    }
}
