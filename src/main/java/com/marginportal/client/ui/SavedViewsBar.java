package com.marginportal.client.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import com.marginportal.client.SavedClientView;
import com.marginportal.client.SavedClientViews;
import com.marginportal.client.SavedViewRejected;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The signed-in user's saved views of the client list: pick one to apply it, save the list as shown under a
 * name (the same name replaces), delete the picked one.
 */
class SavedViewsBar extends HorizontalLayout {

    private final SavedClientViews views;
    private final Select<SavedClientView> saved = new Select<>();
    private final TextField name = new TextField();
    private final Button delete = new Button(VaadinIcon.TRASH.create());
    private boolean reloading;

    /** @param current the list as shown now, as a view to save (its name is ignored) */
    SavedViewsBar(SavedClientViews views, Supplier<SavedClientView> current, Consumer<SavedClientView> apply) {
        this.views = views;
        addClassName("saved-views");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        saved.setId("saved-views");
        saved.setPlaceholder(getTranslation("clients.views.pick"));
        saved.setItemLabelGenerator(SavedClientView::name);
        saved.setEmptySelectionAllowed(false);
        saved.addValueChangeListener(e -> {
            delete.setEnabled(e.getValue() != null);
            if (!reloading && e.getValue() != null) {
                apply.accept(e.getValue());
            }
        });

        name.setId("saved-view-name");
        name.setPlaceholder(getTranslation("clients.views.name"));
        name.setMaxLength(SavedClientViews.MAX_NAME);
        Button save = new Button(getTranslation("clients.views.save"), e -> save(current.get()));
        save.setId("saved-view-save");

        delete.setId("saved-view-delete");
        delete.setTooltipText(getTranslation("clients.views.delete"));
        delete.setAriaLabel(getTranslation("clients.views.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setEnabled(false);
        delete.addClickListener(e -> delete());

        add(saved, delete, name, save);
        reload(null);
    }

    private void save(SavedClientView shown) {
        try {
            SavedClientView stored = views.save(name.getValue(), shown.filterQuery(), shown.sortOrder());
            name.setInvalid(false);
            name.clear();
            reload(null);
            Notification.show(getTranslation("clients.views.saved", stored.name()));
        } catch (SavedViewRejected rejected) {
            name.setErrorMessage(getTranslation("clients.views.problem." + rejected.problem().name(),
                    SavedClientViews.MAX_NAME, SavedClientViews.MAX_PER_USER));
            name.setInvalid(true);
        }
    }

    private void delete() {
        SavedClientView picked = saved.getValue();
        if (picked != null && views.delete(picked.id())) {
            Notification.show(getTranslation("clients.views.deleted", picked.name()));
        }
        reload(null);
    }

    /** The user changed the list by hand: it no longer shows the picked view (and picking it again applies it). */
    void listChanged() {
        reloading = true;
        try {
            saved.clear();
        } finally {
            reloading = false;
        }
    }

    private void reload(Long select) {
        var all = views.list();
        reloading = true;
        try {
            saved.setItems(all);
            saved.setValue(all.stream().filter(v -> select != null && v.id() == select).findFirst().orElse(null));
        } finally {
            reloading = false;
        }
        saved.setVisible(!all.isEmpty());
        delete.setVisible(!all.isEmpty());
    }
}
