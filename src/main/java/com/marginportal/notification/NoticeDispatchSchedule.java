package com.marginportal.notification;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the dispatcher on every node, on a thread of its own (not Spring's shared scheduling thread, where a long
 * run kept the reconciler and the risk scans waiting): a run whenever a notice is written on this node, else every
 * {@code dispatch-delay}; a run lasts while work is due. Claims keep nodes from sending the same notice, so no
 * cluster lock is needed. Off with {@code portal.notification.dispatch.enabled=false} (tests call dispatchDue()
 * themselves). Stopped early at shutdown, so batches under way give back what they have not sent.
 */
@Component
@ConditionalOnProperty(name = "portal.notification.dispatch.enabled", havingValue = "true", matchIfMissing = true)
class NoticeDispatchSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatchSchedule.class);

    private final NoticeDispatcher dispatcher;
    private final NoticeWakeUp wakeUp;
    private final Duration delay;
    private volatile boolean running;
    private Thread loop;

    NoticeDispatchSchedule(NoticeDispatcher dispatcher, NoticeWakeUp wakeUp,
                           @Value("${portal.notification.dispatch-delay:PT10S}") Duration delay) {
        this.dispatcher = dispatcher;
        this.wakeUp = wakeUp;
        this.delay = delay;
    }

    @Override
    public synchronized void start() {
        running = true;
        loop = new Thread(this::run, "notice-dispatch");
        loop.setDaemon(true);
        loop.start();
    }

    private void run() {
        wakeUp.await(delay); // the first run a moment after start, as before
        while (running) {
            try {
                dispatcher.dispatchDue();
            } catch (RuntimeException e) { // e.g. the database away: try again at the next poll
                log.error("Notice dispatch run failed: {}", e.toString(), e);
            }
            if (running && !wakeUp.await(delay)) {
                return;
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        dispatcher.stopHandingOver();
        wakeUp.interrupt();
        if (loop != null) {
            try {
                loop.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server and the other lifecycle beans, so nothing is handed over during shutdown. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
