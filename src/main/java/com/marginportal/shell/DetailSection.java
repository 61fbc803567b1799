package com.marginportal.shell;

import java.util.function.LongFunction;

import com.vaadin.flow.component.Component;

/**
 * A section a feature contributes, as a bean, to another feature's detail view without that view depending
 * on it: e.g. the workflow's resolution records in the client 360 view ({@link #CLIENT}, given the client id)
 * and in a risk case's details ({@link #RISK_CASE}, given the case id). Sections of one place are shown in
 * {@code order}; one that changes what the view itself shows tells it with {@link DetailChanged}.
 */
public record DetailSection(String place, int order, String labelKey, LongFunction<Component> content) {

    /**
     * A tab of the client 360 view (labelKey: the tab's), after the view's positions, ratio history and trades;
     * the view's contact and service history tab stands at {@link #CLIENT_HISTORY_ORDER} among them.
     */
    public static final String CLIENT = "client";
    public static final String RISK_CASE = "risk-case";
    /** Shown above the client 360 view's panels, not as a tab: alerts that need the user now (given the client id). */
    public static final String CLIENT_ALERT = "client-alert";
    /** A panel beside the client 360 view's profile and account panels, e.g. the classification (given the client id). */
    public static final String CLIENT_PANEL = "client-panel";
    /** Shown in the client 360 view's profile panel below its facts, e.g. the suitability check (given the client id). */
    public static final String CLIENT_PROFILE = "client-profile";
    /** The order of the client 360 view's own contact and service history tab among the {@link #CLIENT} tabs. */
    public static final int CLIENT_HISTORY_ORDER = 30;
}
