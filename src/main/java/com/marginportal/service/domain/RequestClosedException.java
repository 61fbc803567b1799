package com.marginportal.service.domain;

/** A closed (DONE) service request is read-only. */
public class RequestClosedException extends IllegalStateException {

    public RequestClosedException() {
        super("the service request is closed and can no longer change");
    }
}
