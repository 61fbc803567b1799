package com.marginportal.classification.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.marginportal.classification.ClientClassification;
import com.marginportal.classification.ClientRecommendation;
import com.marginportal.classification.RecommendationResponse;
import com.marginportal.classification.RecommendationService;
import com.marginportal.classification.domain.RecommendationDraft;
import com.marginportal.classification.domain.ResponseStatus;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.DetailChanged;
import com.marginportal.shell.DetailSection;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The recommendations that apply to the client and why (the classes and the rules' reasons), each with its
 * latest recorded answer. Advisors and managers record offered / accepted / declined, which becomes an
 * entry of the client's service history (the 360 view is told, {@link DetailChanged}, and shows it at once).
 */
class RecommendationsPanel extends VerticalLayout {

    private final RecommendationService recommendations;
    private final UserDirectory users;
    private final long clientId;
    private final boolean mayRespond;
    private final Div items = new Div();

    RecommendationsPanel(RecommendationService recommendations, UserDirectory users, long clientId, boolean mayRespond) {
        this.recommendations = recommendations;
        this.users = users;
        this.clientId = clientId;
        this.mayRespond = mayRespond;
        addClassNames("panel", "recommendations-panel");
        setPadding(false);
        setSpacing(false);
        setId("recommendations-panel");
        items.addClassName("recommendations");
        add(new H3(getTranslation("client.section.recommendations")), items);
        refresh();
    }

    private void refresh() {
        items.removeAll();
        List<ClientRecommendation> all = recommendations.forClient(clientId);
        if (all.isEmpty()) {
            items.add(muted(getTranslation("recommendation.empty")));
        }
        Map<Long, UserAccount> who = users.usersById(all.stream().map(ClientRecommendation::latest)
                .filter(Objects::nonNull).map(RecommendationResponse::respondedById).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        all.forEach(r -> items.add(item(r, who)));
    }

    private Div item(ClientRecommendation r, Map<Long, UserAccount> who) {
        RecommendationDraft c = r.recommendation().content();
        Span title = new Span(c.title(getLocale()));
        title.addClassName("rec-title");
        Span action = new Span(getTranslation("serviceAction." + c.action().name()));
        action.addClassNames("badge", "rec-action");
        Span priority = muted(getTranslation("recommendation.priority", c.priority()));
        Div head = new Div(title, action, priority);
        head.addClassName("rec-head");
        Div footer = new Div(latest(r.latest(), who));
        footer.addClassName("rec-footer");
        Div item = new Div(head, muted(c.description(getLocale())), because(r.because()), footer);
        item.addClassName("rec-item");
        item.getElement().setAttribute("data-recommendation", String.valueOf(r.recommendation().id()));
        if (mayRespond) {
            Div buttons = new Div();
            buttons.addClassName("rec-buttons");
            for (ResponseStatus status : ResponseStatus.values()) {
                Button b = new Button(getTranslation("recommendation.action." + status.name()),
                        e -> new RespondDialog(c.title(getLocale()), status, note -> respond(r, status, note)).open());
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                b.setId("rec-" + status.name().toLowerCase() + "-" + r.recommendation().id());
                buttons.add(b);
            }
            footer.add(buttons);
        }
        return item;
    }

    private void respond(ClientRecommendation r, ResponseStatus status, String note) {
        try {
            recommendations.respond(clientId, r.recommendation().id(), status, note);
            Notification.show(getTranslation("recommendation.respond.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            DetailChanged.fire(this, DetailSection.CLIENT, clientId);
        } catch (IllegalArgumentException e) {
            // the entry was deactivated or the client reclassified since the panel was drawn
            Notification.show(getTranslation("recommendation.respond.stale"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    /** Which classes made it apply, with the rules' reasons or the override's. */
    private Span because(List<ClientClassification> because) {
        String text = because.stream().map(this::reasoned)
                .reduce((a, b) -> getTranslation("recommendation.conditions", a, b)).orElse("");
        Span span = muted(getTranslation("recommendation.because", text));
        span.addClassName("rec-because");
        return span;
    }

    private String reasoned(ClientClassification c) {
        String reasons = c.isOverridden() ? getTranslation("recommendation.overridden", c.overrideReason())
                : c.reasons().stream().map(r -> getTranslation(r.key(), r.figures().toArray())).collect(Collectors.joining(" · "));
        String condition = getTranslation("recommendation.condition",
                getTranslation("dimension." + c.dimension().name()), getTranslation("class." + c.effectiveValue()));
        // a class recorded without reasons (e.g. imported) is named alone, not followed by empty brackets
        return reasons.isBlank() ? condition : getTranslation("recommendation.classWithReasons", condition, reasons);
    }

    private Span latest(RecommendationResponse latest, Map<Long, UserAccount> who) {
        if (latest == null) {
            Span none = muted(getTranslation("recommendation.never"));
            none.addClassName("rec-latest");
            return none;
        }
        UserAccount by = latest.respondedById() == null ? null : who.get(latest.respondedById());
        Span status = new Span(getTranslation("recommendation.status." + latest.status().name()));
        status.addClassNames("badge", "rec-status-" + latest.status().name().toLowerCase());
        Span span = new Span(status, new Span(" " + getTranslation("recommendation.latest",
                by == null ? latest.respondedBy() : by.displayName(), Formats.dateTime(latest.respondedAt()))
                + (latest.note() == null ? "" : " · " + latest.note())));
        span.addClassNames("muted", "rec-latest");
        return span;
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }
}
