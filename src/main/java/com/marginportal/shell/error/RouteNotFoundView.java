package com.marginportal.shell.error;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An unknown route, or one the user may not open (Vaadin's access control reroutes refusals here): the same page
 * for both, so a signed-in user cannot learn which admin routes exist.
 */
@Tag(Tag.DIV)
@AnonymousAllowed
public class RouteNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public RouteNotFoundView() {
        setSizeFull();
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new ErrorPage("error.notFound.title", "error.notFound.message"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
