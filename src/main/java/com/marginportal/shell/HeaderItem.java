package com.marginportal.shell;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;

/**
 * A component a feature contributes to the header bar (e.g. the message bell), as a bean, so the shell shows
 * it without depending on the feature. A new component per layout instance.
 */
public record HeaderItem(int order, Supplier<Component> factory) {
}
