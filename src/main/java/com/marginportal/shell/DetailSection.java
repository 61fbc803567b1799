package com.marginportal.shell;

import java.util.function.LongFunction;

import com.vaadin.flow.component.Component;

/**
 * A section a feature contributes, as a bean, to another feature's detail view without that view depending
 * on it: e.g. the workflow's resolution records in the client 360 view ({@link #CLIENT}, given the client id)
 * and in a risk case's details ({@link #RISK_CASE}, given the case id).
 */
public record DetailSection(String place, int order, String labelKey, LongFunction<Component> content) {

    public static final String CLIENT = "client";
    public static final String RISK_CASE = "risk-case";
    /** Shown above the client 360 view's panels, not as a tab: alerts that need the user now (given the client id). */
    public static final String CLIENT_ALERT = "client-alert";
}
