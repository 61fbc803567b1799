package com.marginportal.service.domain;

/** What a client asks for or tells us; each type has its own due time (complaints the soonest). */
public enum RequestType {
    INFORMATION, PRODUCT, COMPLAINT, ACCOUNT_CHANGE, OTHER
}
