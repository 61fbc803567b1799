package com.marginportal.service;

/** The sources of a client's timeline (and the values of its type filter). */
public enum TimelineKind {
    CONTACT, NOTICE, RISK_CASE, RESOLUTION, SERVICE_REQUEST, CLASSIFICATION
}
