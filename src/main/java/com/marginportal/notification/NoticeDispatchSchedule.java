package com.marginportal.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the dispatcher on every node; claims keep nodes from sending the same notice, so no cluster lock is
 * needed. Off with {@code portal.notification.dispatch.enabled=false} (tests call dispatchDue() themselves).
 */
@Component
@ConditionalOnProperty(name = "portal.notification.dispatch.enabled", havingValue = "true", matchIfMissing = true)
class NoticeDispatchSchedule {

    private final NoticeDispatcher dispatcher;

    NoticeDispatchSchedule(NoticeDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${portal.notification.dispatch-delay:PT10S}",
            initialDelayString = "${portal.notification.dispatch-delay:PT10S}")
    void dispatch() {
        dispatcher.dispatchDue();
    }
}
