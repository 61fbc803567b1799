package com.marginportal.notification;

/**
 * Notices a client has not received, in a scope: {@code retrying} — refused by the mail server or not handed over
 * (it could not be reached) so far, tried again by themselves —, and {@code failed} — out of attempts, waiting for
 * someone's retry.
 */
public record UndeliveredNotices(long retrying, long failed) {

    public long total() {
        return retrying + failed;
    }
}
