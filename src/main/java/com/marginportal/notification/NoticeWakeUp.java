package com.marginportal.notification;

import java.time.Duration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells this node's dispatch loop that a notice was written, once the writing transaction committed, so a breach's
 * notice goes out at once instead of at the next poll. Other nodes find it at their next poll.
 */
@Component
class NoticeWakeUp {

    private final Object lock = new Object();
    private boolean written;

    /** Call inside the transaction that writes (or re-queues) a notice. */
    void noticeWritten() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal();
                }
            });
        } else {
            signal();
        }
    }

    private void signal() {
        synchronized (lock) {
            written = true;
            lock.notifyAll();
        }
    }

    /** Waits until a notice is written or {@code timeout} passes; false on interrupt. */
    boolean await(Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            try {
                for (long left; !written && (left = until - System.nanoTime()) > 0; ) {
                    lock.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            written = false;
            return true;
        }
    }

    /** Ends a wait at once (the loop is stopping). */
    void interrupt() {
        signal();
    }
}
