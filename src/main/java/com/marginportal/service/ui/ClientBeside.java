package com.marginportal.service.ui;

import com.marginportal.client.AccountSummary;
import com.marginportal.client.ClientProfile;
import com.marginportal.client.ContactLine;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/** Beside a plan's contact form: who the client is, their figures now, and the last contacts (what to talk about). */
class ClientBeside extends Div {

    private static final int CONTACTS_SHOWN = 3;

    ClientBeside(ClientProfile profile) {
        setId("contact-client");
        addClassName("case-context");
        setMinWidth("16rem");
        add(new H4(profile.client().name() + " · " + profile.client().id()));
        add(fact("client.phone", profile.client().maskedPhone()));
        AccountSummary account = profile.account();
        if (account != null) {
            var f = account.figures();
            add(fact("account.ratio", f.maintenanceRatioIfDebt().map(Formats::percent).orElse(getTranslation("ratio.noDebt"))));
            add(fact("account.totalAssets", Formats.money(f.totalAssets(), getLocale())));
            add(fact("account.totalDebt", Formats.money(f.totalDebt(), getLocale())));
        }
        add(new H4(getTranslation("contactTask.recent")));
        profile.contacts().stream().limit(CONTACTS_SHOWN).forEach(c -> add(line(c)));
        if (profile.contacts().isEmpty()) {
            add(new Div(new Span(getTranslation("contactTask.never"))));
        }
    }

    private Div fact(String key, String value) {
        Span label = new Span(getTranslation(key) + " ");
        label.addClassName("muted");
        return new Div(label, new Span(value == null ? "" : value));
    }

    private Div line(ContactLine c) {
        String text = Formats.dateTime(c.contactedAt()) + " · " + getTranslation("channel." + c.channel()) + " · "
                + getTranslation(c.reached() ? "contact.reached" : "contactTask.notReached") + " · "
                + c.subject(getLocale());
        return new Div(new Span(text));
    }
}
