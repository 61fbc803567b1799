package com.marginportal.shell;

import com.vaadin.flow.component.html.Span;

/**
 * Free text in a grid cell — an error message, a status sentence — cut to three lines with the whole text on hover,
 * so one long message does not make its row a screen tall.
 */
public class ClampedText extends Span {

    public ClampedText(String text) {
        super(text == null ? "" : text);
        addClassName("clamped");
        if (text != null && !text.isEmpty()) {
            setTitle(text);
        }
    }
}
