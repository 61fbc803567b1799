package com.marginportal.shell;

import java.util.function.LongConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Fired on the UI by a section contributed to a detail view ({@link DetailSection}) after it changed something the
 * view itself shows, e.g. an answer to a recommendation that becomes an entry of the client's service history: the
 * view listens and shows the change at once. {@code place} and {@code id} name the detail, e.g.
 * {@link DetailSection#CLIENT} and the client id.
 */
public class DetailChanged extends ComponentEvent<UI> {

    private final String place;
    private final long id;

    public DetailChanged(UI ui, String place, long id) {
        super(ui, false);
        this.place = place;
        this.id = id;
    }

    public String place() {
        return place;
    }

    public long id() {
        return id;
    }

    /** Tells the UI the component is shown in (none: nobody to tell) that the detail changed. */
    public static void fire(Component source, String place, long id) {
        source.getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new DetailChanged(ui, place, id)));
    }

    /** Listens on the UI for changes of the details of one place; the listener gets the id. */
    public static Registration listen(UI ui, String place, LongConsumer changed) {
        return ComponentUtil.addListener(ui, DetailChanged.class, e -> {
            if (place.equals(e.place())) {
                changed.accept(e.id());
            }
        });
    }
}
