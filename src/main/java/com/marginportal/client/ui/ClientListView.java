package com.marginportal.client.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marginportal.client.ClientBulkActions;
import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientExport;
import com.marginportal.client.ClientFilter;
import com.marginportal.client.HeldLines;
import com.marginportal.client.SavedClientView;
import com.marginportal.client.SavedClientViews;
import com.marginportal.client.segment.SegmentVocabulary;
import com.marginportal.security.BranchInfo;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.Role;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.RolesAllowed;

/**
 * The client archive: a lazily loaded, server-filtered and server-sorted list of the clients in scope. The filter
 * lives in the URL too ({@link ClientListParams}), so the segment matrix and others link to a filtered list.
 */
@Route("clients")
@RouteAlias("")
@RolesAllowed({Role.Names.ADVISOR, Role.Names.MANAGER, Role.Names.ADMIN})
public class ClientListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClientFilterBar filterBar;
    private final SegmentFilters segmentFilters;
    private final ClientGrid grid;
    private final SavedViewsBar views;
    private final Span total = new Span();
    /** The segments' names, values and words, from the feature that owns them. */
    private final SegmentVocabulary segments;
    private ClientFilter base = ClientFilter.NONE;
    private ClientFilter filter = ClientFilter.NONE;

    public ClientListView(ClientDirectory directory, UserDirectory users, HeldLines lines, CurrentUser currentUser,
                          ClientBulkActions bulk, ClientExport export, SavedClientViews savedViews, Clock clock,
                          SegmentVocabulary segments) {
        this.segments = segments;
        setSizeFull();
        addClassName("client-list-view");

        List<BranchInfo> branches = users.visibleBranches();
        List<UserAccount> advisors = users.visibleAdvisors();
        Map<Long, String> branchNames = users.branchesById().values().stream()
                .collect(Collectors.toMap(BranchInfo::id, BranchInfo::name));
        Map<Long, UserAccount> advisorsById = advisors.stream()
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));

        grid = new ClientGrid(directory, lines, segments, branchNames, branches.size() > 1, advisorsById, () -> filter,
                count -> total.setText(getTranslation("clients.count", count)));
        filterBar = new ClientFilterBar(branches, advisors, changed -> {
            base = changed;
            apply();
        });
        segmentFilters = new SegmentFilters(segments, this::apply);
        total.setId("client-count");
        total.addClassName("muted");
        HorizontalLayout status = new HorizontalLayout(total);
        status.setWidthFull();
        status.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Role role = currentUser.require().role();
        if (role == Role.MANAGER || role == Role.ADMIN) {
            BulkActions actions = new BulkActions(bulk, export, directory, advisors, branchNames, () -> filter,
                    grid::refresh, clock, segments);
            status.add(actions);
            status.expand(total);
        }
        views = new SavedViewsBar(savedViews,
                () -> new SavedClientView(0, "", query().getQueryString(), grid.sortOrder()), this::show);
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("clients.title")), views);
        heading.setWidthFull();
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        heading.expand(heading.getComponentAt(0));
        add(heading, filterBar, segmentFilters, status, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClientFilter requested = ClientListParams.read(event.getLocation().getQueryParameters().getParameters(), segments);
        base = filterBar.show(requested);
        segmentFilters.show(requested);
        filter = segmentFilters.applyTo(base);
        grid.sortBy(ClientListParams.sort(event.getLocation().getQueryParameters().getParameters()));
        grid.refresh();
    }

    private void apply() {
        views.listChanged();
        filter = segmentFilters.applyTo(base);
        grid.refresh();
        // keep the address in step with the filter: it can be bookmarked or shared
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("clients", query())));
    }

    private QueryParameters query() {
        return QueryParameters.simple(ClientListParams.write(filter, segments));
    }

    /** A saved view: its filter and sort through the URL, as a link would. */
    private void show(SavedClientView view) {
        Map<String, List<String>> params = new java.util.LinkedHashMap<>(
                QueryParameters.fromString(view.filterQuery()).getParameters());
        if (view.sortOrder() != null) {
            params.put(ClientListParams.SORT, List.of(view.sortOrder()));
        }
        getUI().ifPresent(ui -> ui.navigate("clients", new QueryParameters(params)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clients.title") + " | " + getTranslation("app.title");
    }
}
