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

/** Contact and service history, newest first: contact records and service entries such as recommendations. */
class ContactsGrid extends Grid<ContactLine> {

    private final UserDirectory users;
    private Map<Long, UserAccount> advisors = Map.of();

    ContactsGrid(List<ContactLine> contacts, UserDirectory users) {
        super(ContactLine.class, false);
        this.users = users;
        setId("contacts-grid");
        setEmptyStateText(getTranslation("contact.empty"));
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setHeight("24em");
        addColumn(c -> Formats.dateTime(c.contactedAt())).setHeader(getTranslation("contact.time")).setAutoWidth(true);
        addColumn(c -> getTranslation("channel." + c.channel())).setHeader(getTranslation("contact.channel")).setAutoWidth(true);
        addColumn(c -> getTranslation("direction." + c.direction())).setHeader(getTranslation("contact.direction")).setAutoWidth(true);
        addColumn(c -> getTranslation(c.reached() ? "common.yes" : "common.no")).setHeader(getTranslation("contact.reached")).setAutoWidth(true);
        addColumn(c -> c.advisorId() == null || !advisors.containsKey(c.advisorId()) ? ""
                : advisors.get(c.advisorId()).displayName()).setHeader(getTranslation("contact.advisor")).setAutoWidth(true);
        addColumn(this::subject).setHeader(getTranslation("contact.subject")).setAutoWidth(true);
        addColumn(ContactLine::note).setHeader(getTranslation("contact.note")).setWidth("20rem").setFlexGrow(3);
        show(contacts);
    }

    void show(List<ContactLine> contacts) {
        advisors = users.usersById(contacts.stream().map(ContactLine::advisorId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        setItems(contacts);
    }

    /** A service entry reads "what: outcome", e.g. 专属投资顾问：已接受. */
    private String subject(ContactLine c) {
        return c.outcome() == null ? c.subject(getLocale()) : getTranslation("history.outcome", c.subject(getLocale()),
                getTranslation("recommendation.status." + c.outcome()));
    }
}
