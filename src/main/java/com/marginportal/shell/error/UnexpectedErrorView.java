package com.marginportal.shell.error;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletResponse;

/** Any other failure while opening a view: logged in full, shown to the user in words, never as a stack trace. */
@Tag(Tag.DIV)
@AnonymousAllowed
public class UnexpectedErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    public UnexpectedErrorView() {
        setSizeFull();
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Navigation to '{}' failed", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(new ErrorPage("error.unexpected.title", "error.unexpected.message"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
