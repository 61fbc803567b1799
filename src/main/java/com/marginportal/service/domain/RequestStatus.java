package com.marginportal.service.domain;

/**
 * OPEN → IN_PROGRESS → DONE (or OPEN → DONE when the answer is immediate). DONE is final: a closed request is
 * read-only, so what the client was told and how satisfied they were cannot be rewritten.
 */
public enum RequestStatus {
    OPEN, IN_PROGRESS, DONE;

    /** The status after starting work; refused unless the request is OPEN. */
    public RequestStatus start() {
        if (this == DONE) {
            throw new RequestClosedException();
        }
        if (this != OPEN) {
            throw new IllegalStateException("only an open request can be started, this one is " + this);
        }
        return IN_PROGRESS;
    }

    /** The status after closing; refused when already closed. */
    public RequestStatus close() {
        if (this == DONE) {
            throw new RequestClosedException();
        }
        return DONE;
    }

    public boolean isClosed() {
        return this == DONE;
    }
}
