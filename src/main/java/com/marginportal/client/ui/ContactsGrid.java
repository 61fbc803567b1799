package com.marginportal.client.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.marginportal.client.ContactLine;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** Contact and service history, newest first. */
class ContactsGrid extends Grid<ContactLine> {

    ContactsGrid(List<ContactLine> contacts, UserDirectory users) {
        super(ContactLine.class, false);
        setId("contacts-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setHeight("24em");
        Map<Long, UserAccount> advisors = users.usersById(contacts.stream().map(ContactLine::advisorId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        addColumn(c -> Formats.dateTime(c.contactedAt())).setHeader(getTranslation("contact.time")).setAutoWidth(true);
        addColumn(c -> getTranslation("channel." + c.channel())).setHeader(getTranslation("contact.channel")).setAutoWidth(true);
        addColumn(c -> getTranslation("direction." + c.direction())).setHeader(getTranslation("contact.direction")).setAutoWidth(true);
        addColumn(c -> getTranslation(c.reached() ? "common.yes" : "common.no")).setHeader(getTranslation("contact.reached")).setAutoWidth(true);
        addColumn(c -> c.advisorId() == null || !advisors.containsKey(c.advisorId()) ? ""
                : advisors.get(c.advisorId()).displayName()).setHeader(getTranslation("contact.advisor")).setAutoWidth(true);
        addColumn(ContactLine::subject).setHeader(getTranslation("contact.subject")).setAutoWidth(true);
        addColumn(ContactLine::note).setHeader(getTranslation("contact.note")).setWidth("20em").setFlexGrow(3);
        setItems(contacts);
    }
}
