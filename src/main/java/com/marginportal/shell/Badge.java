package com.marginportal.shell;

import com.vaadin.flow.component.html.Span;

/** A Lumo badge: a short text with the badge theme and its variants ("success", "error", "contrast", "small"). */
public final class Badge {

    private Badge() {
    }

    /** @param variants space-separated Lumo badge variants, or "" for the plain badge */
    public static Span of(String text, String variants) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + variants).trim());
        return badge;
    }
}
