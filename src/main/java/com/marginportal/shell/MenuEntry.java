package com.marginportal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A side-navigation entry a feature contributes as a bean, so the shell lists views without
 * depending on the features. Shown only to users whose roles the view allows.
 */
public record MenuEntry(int order, String labelKey, Class<? extends Component> view, VaadinIcon icon) {
}
