package com.marginportal.client.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientProfile;
import com.marginportal.client.DisplayLines;
import com.marginportal.client.HeldLines;
import com.marginportal.client.PeriodicReportOptIn;
import com.marginportal.security.Role;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.BuiltInNames;
import com.marginportal.shell.DetailChanged;
import com.marginportal.shell.DetailSection;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

/**
 * Client 360: profile, credit account, positions, ratio history, trades, the contact and service history, and what
 * other features contribute as {@link DetailSection}s (classification, recommendations, trading behaviour, service
 * requests, resolution records, …), of one client in scope.
 */
@Route("clients/:clientId")
@RolesAllowed({Role.Names.ADVISOR, Role.Names.MANAGER, Role.Names.ADMIN})
public class ClientDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CLIENT_ID = "clientId";

    private final ClientDirectory directory;
    private final UserDirectory users;
    private final HeldLines heldLines;
    /** The contributed sections by place, each place's in order. */
    private final Map<String, List<DetailSection>> sections;
    private final PeriodicReportOptIn reportOptIn;
    private String title = "";
    /** Where the reader came from inside the portal, for the back link (empty path on a fresh page load). */
    private Location cameFrom;
    /** The client shown and its history, which a contributed section may change (an answer to a recommendation). */
    private long clientId;
    private ContactsGrid history;
    private Registration changes;

    public ClientDetailView(ClientDirectory directory, UserDirectory users, HeldLines heldLines,
                            List<DetailSection> sections, PeriodicReportOptIn reportOptIn) {
        this.reportOptIn = reportOptIn;
        this.sections = sections.stream().sorted(Comparator.comparingInt(DetailSection::order))
                .collect(Collectors.groupingBy(DetailSection::place));
        this.directory = directory;
        this.users = users;
        this.heldLines = heldLines;
        addClassName("client-detail-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        history = null;
        // the view the reader came from in the portal (a case, the inbox, my day): "back" returns there
        cameFrom = event.getUI().getInternals().getActiveViewLocation();
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
        long id = p.client().id();
        ProfilePanel profilePanel = new ProfilePanel(p.client(), users.branchesById().get(p.client().branchId()),
                advisor.get(p.client().advisorId()), contents(DetailSection.CLIENT_PROFILE, id));
        profilePanel.add(new ReportOptInBox(reportOptIn, id));
        panels.add(profilePanel);
        // the lines the client is held to now (its case's, or its class's profile): colours, chart and text agree
        HeldLines.Held held = heldLines.forClient(p.client().id());
        DisplayLines lines = held.lines();
        if (p.account() != null) {
            panels.add(new AccountPanel(p.account(), lines, linesInForce(held)));
        }
        contents(DetailSection.CLIENT_PANEL, id).forEach(panels::add);
        clientId = id;
        history = new ContactsGrid(p.contacts(), users);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("client.tab.positions", p.holdings().size()), new HoldingsGrid(p.holdings()));
        tabs.add(getTranslation("client.tab.ratioHistory"),
                RatioChart.create(this, p.ratioHistory(), lines));
        tabs.add(getTranslation("client.tab.trades"), new TradesGrid(p.recentTrades()));
        List<DetailSection> contributed = sections.getOrDefault(DetailSection.CLIENT, List.of());
        contributed.stream().filter(s -> s.order() < DetailSection.CLIENT_HISTORY_ORDER)
                .forEach(s -> tabs.add(getTranslation(s.labelKey()), s.content().apply(id)));
        tabs.add(getTranslation("client.tab.contacts"), history);
        contributed.stream().filter(s -> s.order() >= DetailSection.CLIENT_HISTORY_ORDER)
                .forEach(s -> tabs.add(getTranslation(s.labelKey()), s.content().apply(id)));
        add(back(), header);
        contents(DetailSection.CLIENT_ALERT, id).forEach(this::add);
        add(panels, tabs);
    }

    private List<Component> contents(String place, long id) {
        return sections.getOrDefault(place, List.of()).stream().map(s -> s.content().apply(id)).toList();
    }

    /** A contributed section changed the client's history (e.g. an answer to a recommendation): show it at once. */
    @Override
    protected void onAttach(AttachEvent event) {
        changes = DetailChanged.listen(event.getUI(), DetailSection.CLIENT, changedId -> {
            if (history != null && changedId == clientId) {
                history.show(directory.serviceHistory(clientId));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        changes.remove();
    }

    private String linesInForce(HeldLines.Held held) {
        String values = Formats.lines(held.lines().warning(), held.lines().marginCall(), held.lines().liquidation());
        return getTranslation("account.linesInForce." + held.source().name(), values,
                held.source() == HeldLines.Source.CASE ? String.valueOf(held.caseId())
                        : BuiltInNames.of(this, held.profileNameKey(), held.profileName()));
    }

    private void showNotFound() {
        title = getTranslation("client.notFound.title");
        Paragraph message = new Paragraph(getTranslation("client.notFound"));
        message.setId("not-found");
        add(new H2(title), message, back());
    }

    /** Back where the reader came from inside the portal; to the client list when they came from elsewhere. */
    private Component back() {
        String path = cameFrom == null ? "" : cameFrom.getPath();
        if (path.isEmpty() || path.equals("clients") || path.startsWith("clients/")) {
            return new RouterLink(getTranslation("client.back"), ClientListView.class);
        }
        Anchor back = new Anchor(cameFrom.getPathWithQueryParameters(), getTranslation("client.backToPrevious"));
        back.setId("client-back");
        return back;
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
