package com.marginportal.client.ui;

import java.util.List;

import com.marginportal.classification.domain.Reason;
import com.marginportal.client.ClientInfo;
import com.marginportal.security.BranchInfo;
import com.marginportal.security.UserAccount;
import com.marginportal.shell.Facts;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Basic information, advisor and branch, risk tolerance and preferences, and the suitability check (a warning
 * with every failed rule). Identity data arrives masked.
 */
class ProfilePanel extends VerticalLayout {

    ProfilePanel(ClientInfo c, BranchInfo branch, UserAccount advisor, List<Reason> suitabilityIssues) {
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
                .add("client.openedOn", Formats.date(c.openedOn()))
                .add("client.suitability", suitability(suitabilityIssues));
        add(new H3(getTranslation("client.section.profile")), facts);
        if (!suitabilityIssues.isEmpty()) {
            Div reasons = new Div();
            reasons.setId("suitability-reasons");
            reasons.addClassName("suitability-reasons");
            suitabilityIssues.forEach(r -> reasons.add(new Div(new Span(getTranslation(r.key(), r.figures().toArray())))));
            add(reasons);
        }
    }

    private Span suitability(List<Reason> issues) {
        if (issues.isEmpty()) {
            Span ok = new Span(getTranslation("client.suitability.ok"));
            ok.addClassName("muted");
            return ok;
        }
        Span warning = new Span(VaadinIcon.WARNING.create(), new Span(getTranslation("clients.suitabilityIssue")));
        warning.setId("suitability-badge");
        warning.addClassNames("badge", "suitability-issue");
        return warning;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
