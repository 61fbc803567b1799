package com.marginportal.shell;

import com.marginportal.security.Role;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * The home page ("", where the login lands) by role: managers and admins go to their dashboard, everyone else
 * stays on the view at "" (the client list). By route name, so the shell does not depend on a feature's views.
 */
@Component
class HomeRouting implements VaadinServiceInitListener {

    static final String MANAGER_HOME = "dashboard";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (enter.getLocation().getPath().isEmpty() && request != null
                    && (request.isUserInRole(Role.Names.MANAGER) || request.isUserInRole(Role.Names.ADMIN))) {
                enter.forwardTo(MANAGER_HOME);
            }
        }));
    }
}
