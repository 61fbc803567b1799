package com.marginportal.classification.domain;

/** Where a recommendation stands with a client: the advisor offered it, the client accepted or declined it. */
public enum ResponseStatus {
    OFFERED, ACCEPTED, DECLINED
}
