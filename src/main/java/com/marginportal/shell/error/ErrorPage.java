package com.marginportal.shell.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What an error view shows: a title, a sentence in the user's language and a way back. Deliberately no layout:
 * the page must render for signed-out users too, and must not list routes (Vaadin's development page does).
 */
class ErrorPage extends VerticalLayout {

    ErrorPage(String titleKey, String messageKey) {
        addClassName("error-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        H1 title = new H1(getTranslation(titleKey));
        title.setId("error-title");
        Paragraph message = new Paragraph(getTranslation(messageKey));
        Anchor home = new Anchor("", getTranslation("error.backHome"));
        home.setId("error-home");
        add(title, message, home);
    }
}
