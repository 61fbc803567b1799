package com.marginportal.workflow;

import com.marginportal.notification.NoticeAcknowledged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A client's acknowledgement → the case's process, synchronously inside the transaction that marked the notice:
 * both are recorded or neither (the client then simply clicks again), never one without the other.
 */
@Component
class AcknowledgementListener {

    private final BreachProcesses processes;

    AcknowledgementListener(BreachProcesses processes) {
        this.processes = processes;
    }

    @EventListener
    void on(NoticeAcknowledged event) {
        processes.acknowledged(event);
    }
}
