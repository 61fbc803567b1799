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
 * so every other test sees real time. A test may also {@linkplain #freeze(Instant) freeze} it: then it stands
 * still until the test moves it (the notification tests set time, never sleep through it). {@link #reset()}
 * goes back to real time. Installed by wrapping the application's {@code clock} bean.
 */
public final class SimulatedClock extends Clock {

    /** Real time moved by {@code offset}, or {@code frozen} when that is set. */
    private record Time(Duration offset, Instant frozen) {

        static final Time REAL = new Time(Duration.ZERO, null);

        Instant at(Instant real) {
            return frozen != null ? frozen : real.plus(offset);
        }

        Time plus(Duration amount) {
            return frozen != null ? new Time(offset, frozen.plus(amount)) : new Time(offset.plus(amount), null);
        }
    }

    private static final AtomicReference<Time> TIME = new AtomicReference<>(Time.REAL);

    private final Clock base;

    private SimulatedClock(Clock base) {
        this.base = base;
    }

    /** Moves the application's time forward (or back) by {@code amount}, frozen or not; returns the new time. */
    public static Instant shift(Duration amount) {
        return TIME.updateAndGet(t -> t.plus(amount)).at(Instant.now());
    }

    /** Stops the application's time at {@code at} until {@link #shift} moves it or {@link #reset()}; returns it. */
    public static Instant freeze(Instant at) {
        TIME.set(new Time(Duration.ZERO, at));
        return at;
    }

    /** Back to real time. */
    public static void reset() {
        TIME.set(Time.REAL);
    }

    public static Instant now() {
        return TIME.get().at(Instant.now());
    }

    @Override
    public Instant instant() {
        return TIME.get().at(base.instant());
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
