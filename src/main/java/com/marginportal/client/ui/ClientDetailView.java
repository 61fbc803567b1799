package com.marginportal.client.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientProfile;
import com.marginportal.client.DisplayLines;
import com.marginportal.client.HeldLines;
import com.marginportal.client.PeriodicReportOptIn;
import com.marginportal.classification.ClassificationService;
import com.marginportal.classification.RecommendationService;
import com.marginportal.classification.SuitabilityService;
import com.marginportal.classification.TradingBehaviourService;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.Role;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.DetailSection;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * Client 360: profile, credit account, classification and recommendations, positions, ratio history, trades,
 * trading behaviour, the contact and service history and other features' sections, of one client in scope.
 */
@Route("clients/:clientId")
@RolesAllowed({Role.Names.ADVISOR, Role.Names.MANAGER, Role.Names.ADMIN})
public class ClientDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CLIENT_ID = "clientId";

    private final ClientDirectory directory;
    private final UserDirectory users;
    private final HeldLines heldLines;
    private final ClassificationService classifications;
    private final SuitabilityService suitability;
    private final CurrentUser currentUser;
    private final List<DetailSection> sections;
    private final List<DetailSection> alerts;
    private final RecommendationService recommendations;
    private final TradingBehaviourService behaviour;
    private final PeriodicReportOptIn reportOptIn;
    private String title = "";

    public ClientDetailView(ClientDirectory directory, UserDirectory users, HeldLines heldLines,
                            ClassificationService classifications, SuitabilityService suitability,
                            CurrentUser currentUser, List<DetailSection> sections,
                            RecommendationService recommendations, TradingBehaviourService behaviour,
                            PeriodicReportOptIn reportOptIn) {
        this.reportOptIn = reportOptIn;
        this.sections = sections.stream().filter(s -> DetailSection.CLIENT.equals(s.place()))
                .sorted(Comparator.comparingInt(DetailSection::order)).toList();
        this.alerts = sections.stream().filter(s -> DetailSection.CLIENT_ALERT.equals(s.place()))
                .sorted(Comparator.comparingInt(DetailSection::order)).toList();
        this.directory = directory;
        this.users = users;
        this.heldLines = heldLines;
        this.classifications = classifications;
        this.suitability = suitability;
        this.currentUser = currentUser;
        this.recommendations = recommendations;
        this.behaviour = behaviour;
        addClassName("client-detail-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<ClientProfile> profile = event.getRouteParameters().get(CLIENT_ID)
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> directory.profile(Long.parseLong(id)));
        profile.ifPresentOrElse(this::show, this::showNotFound);
    }

    private void show(ClientProfile p) {
        title = p.client().name();
        Map<Long, UserAccount> advisor = p.client().advisorId() == null ? Map.of()
                : users.usersById(java.util.List.of(p.client().advisorId()));
        HorizontalLayout header = new HorizontalLayout(new H2(p.client().name()),
                muted(getTranslation("client.number", String.valueOf(p.client().id()))));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setId("client-header");

        HorizontalLayout panels = new HorizontalLayout();
        panels.setWidthFull();
        panels.addClassName("panels");
        ProfilePanel profilePanel = new ProfilePanel(p.client(), users.branchesById().get(p.client().branchId()),
                advisor.get(p.client().advisorId()), suitability.issuesOf(p.client().id()));
        profilePanel.add(new ReportOptInBox(reportOptIn, p.client().id()));
        panels.add(profilePanel);
        // the lines the client is held to now (its case's, or its class's profile): colours, chart and text agree
        HeldLines.Held held = heldLines.forClient(p.client().id());
        DisplayLines lines = held.lines();
        if (p.account() != null) {
            panels.add(new AccountPanel(p.account(), lines, linesInForce(held)));
        }
        Role role = currentUser.require().role();
        panels.add(new ClassificationPanel(classifications, p.client().id(), role == Role.MANAGER || role == Role.ADMIN));
        ContactsGrid history = new ContactsGrid(p.contacts(), users);
        // advisors and managers record answers; the history tab shows them at once
        panels.add(new RecommendationsPanel(recommendations, users, p.client().id(),
                role == Role.ADVISOR || role == Role.MANAGER, () -> history.show(directory.serviceHistory(p.client().id()))));

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("client.tab.positions", p.holdings().size()), new HoldingsGrid(p.holdings()));
        tabs.add(getTranslation("client.tab.ratioHistory"),
                RatioChart.create(this, p.ratioHistory(), lines));
        tabs.add(getTranslation("client.tab.trades"), new TradesGrid(p.recentTrades()));
        tabs.add(getTranslation("client.tab.behaviour"), new BehaviourTab(behaviour, p.client().id()));
        tabs.add(getTranslation("client.tab.contacts"), history);
        sections.forEach(s -> tabs.add(getTranslation(s.labelKey()), s.content().apply(p.client().id())));
        add(new RouterLink(getTranslation("client.back"), ClientListView.class), header);
        alerts.forEach(s -> add(s.content().apply(p.client().id())));
        add(panels, tabs);
    }

    private String linesInForce(HeldLines.Held held) {
        String values = String.join(" / ", Formats.percent(held.lines().warning()),
                Formats.percent(held.lines().marginCall()), Formats.percent(held.lines().liquidation()));
        return getTranslation("account.linesInForce." + held.source().name(), values,
                held.source() == HeldLines.Source.CASE ? String.valueOf(held.caseId()) : held.profileName());
    }

    private void showNotFound() {
        title = getTranslation("client.notFound.title");
        Paragraph message = new Paragraph(getTranslation("client.notFound"));
        message.setId("not-found");
        add(new H2(title), message, new RouterLink(getTranslation("client.back"), ClientListView.class));
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
