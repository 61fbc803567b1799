package com.marginportal.notification;

import java.util.function.Supplier;

/**
 * For the benchmarks' SMTP server in the test JVM: runs its start with the class loader the portal's sending threads
 * use ({@link MailServiceLookups}), so the threads it creates inherit it. GreenMail parses every message it receives
 * with jakarta.mail, which searches the class path for its StreamProvider at each decode; in the crash-day profile
 * that search was half of the server's CPU, taken from the portal on the same two cores.
 */
public final class BenchmarkMailThreads {

    private BenchmarkMailThreads() {
    }

    public static <T> T startWithCachedMailServices(Supplier<T> start) {
        Thread current = Thread.currentThread();
        ClassLoader before = current.getContextClassLoader();
        ClassLoader application = before != null ? before : BenchmarkMailThreads.class.getClassLoader();
        current.setContextClassLoader(new MailServiceLookups(application));
        try {
            return start.get();
        } finally {
            current.setContextClassLoader(before);
        }
    }
}
