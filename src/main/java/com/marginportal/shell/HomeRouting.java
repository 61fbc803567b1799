package com.marginportal.shell;

import com.marginportal.security.Role;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * The home page ("", where the login lands) by role, each answering "what needs me now?": managers and admins go to
 * the decisions and overdue work of their cases (admins also locked accounts and failed notices) above the
 * dashboard, advisors to their day. By route name, so the shell does not depend on a feature's views.
 */
@Component
class HomeRouting implements VaadinServiceInitListener {

    static final String MANAGER_HOME = "manager-day";
    static final String ADVISOR_HOME = "my-day";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (!enter.getLocation().getPath().isEmpty() || request == null) {
                return;
            }
            if (request.isUserInRole(Role.Names.MANAGER) || request.isUserInRole(Role.Names.ADMIN)) {
                enter.forwardTo(MANAGER_HOME);
            } else if (request.isUserInRole(Role.Names.ADVISOR)) {
                enter.forwardTo(ADVISOR_HOME);
            }
        }));
    }
}
