package com.marginportal.client.ui;

import java.util.List;

import com.marginportal.client.ClientInfo;
import com.marginportal.security.BranchInfo;
import com.marginportal.security.UserAccount;
import com.marginportal.shell.Facts;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Basic information, advisor and branch, risk tolerance and preferences, and below them what other features
 * contribute (the suitability check). Identity data arrives masked.
 */
class ProfilePanel extends VerticalLayout {

    ProfilePanel(ClientInfo c, BranchInfo branch, UserAccount advisor, List<Component> below) {
        addClassName("panel");
        setPadding(false);
        setSpacing(false);
        Facts facts = new Facts()
                .add("client.gender", getTranslation("gender." + c.gender()))
                .add("client.birthDate", Formats.date(c.birthDate()))
                .add("client.idNumber", c.maskedIdNumber())
                .add("client.phone", c.maskedPhone())
                .add("client.email", c.maskedEmail())
                .add("client.branch", branch == null ? "" : branch.name())
                .add("client.advisor", advisor == null ? "" : advisor.displayName() + " " + nullToEmpty(advisor.phone()))
                .add("client.riskTolerance", c.riskTolerance() + " " + getTranslation("riskTolerance." + c.riskTolerance()))
                .add("client.preference", getTranslation("preference." + c.investmentPreference()))
                .add("client.horizon", getTranslation("horizon." + c.investmentHorizon()))
                .add("client.advisory", getTranslation(c.advisoryAgreement() ? "common.yes" : "common.no"))
                .add("client.language", getTranslation(c.preferredLanguage() != null && c.preferredLanguage().startsWith("en") ? "language.en" : "language.zh"))
                .add("client.tradingSince", Formats.date(c.tradingSince()))
                .add("client.openedOn", Formats.date(c.openedOn()));
        add(new H3(getTranslation("client.section.profile")), facts);
        below.forEach(this::add);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
