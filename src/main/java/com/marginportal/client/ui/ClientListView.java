package com.marginportal.client.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientFilter;
import com.marginportal.client.ClientListItem;
import com.marginportal.client.ClientSort;
import com.marginportal.client.DisplayLines;
import com.marginportal.security.BranchInfo;
import com.marginportal.security.Role;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** The client archive: a lazily loaded, server-filtered and server-sorted list of the clients in scope. */
@Route("clients")
@RouteAlias("")
@RolesAllowed({Role.Names.ADVISOR, Role.Names.MANAGER, Role.Names.ADMIN})
public class ClientListView extends VerticalLayout implements HasDynamicTitle {

    private final ClientDirectory directory;
    private final DisplayLines lines;
    private final Grid<ClientListItem> grid = new Grid<>(ClientListItem.class, false);
    private final Span total = new Span();
    private ClientFilter filter = ClientFilter.NONE;

    public ClientListView(ClientDirectory directory, UserDirectory users, DisplayLines lines) {
        this.directory = directory;
        this.lines = lines;
        setSizeFull();
        addClassName("client-list-view");

        List<BranchInfo> branches = users.visibleBranches();
        List<UserAccount> advisors = users.visibleAdvisors();
        Map<Long, String> branchNames = branches.stream().collect(Collectors.toMap(BranchInfo::id, BranchInfo::name));
        Map<Long, UserAccount> advisorsById = advisors.stream()
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));

        configureGrid(branchNames, advisorsById);
        total.setId("client-count");
        total.addClassName("muted");
        add(new H2(getTranslation("clients.title")),
                new ClientFilterBar(branches, advisors, this::applyFilter), total, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid(Map<Long, String> branchNames, Map<Long, UserAccount> advisors) {
        grid.setId("client-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.addColumn(ClientListItem::clientId).setHeader(getTranslation("clients.col.id"))
                .setSortable(true).setSortProperty(ClientSort.CLIENT_ID.name()).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(item -> new RouterLink(item.name(), ClientDetailView.class,
                        new RouteParameters(ClientDetailView.CLIENT_ID, String.valueOf(item.clientId()))))
                .setHeader(getTranslation("clients.col.name")).setSortable(true)
                .setSortProperty(ClientSort.NAME.name()).setAutoWidth(true);
        grid.addColumn(ClientListItem::maskedPhone).setHeader(getTranslation("clients.col.phone")).setAutoWidth(true);
        grid.addColumn(i -> branchNames.getOrDefault(i.branchId(), String.valueOf(i.branchId())))
                .setHeader(getTranslation("clients.col.branch")).setAutoWidth(true);
        grid.addColumn(i -> i.advisorId() == null || !advisors.containsKey(i.advisorId()) ? ""
                        : advisors.get(i.advisorId()).displayName())
                .setHeader(getTranslation("clients.col.advisor")).setAutoWidth(true);
        grid.addColumn(ClientListItem::riskTolerance).setHeader(getTranslation("clients.col.riskTolerance"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> Formats.money(i.totalAssets())).setHeader(getTranslation("clients.col.totalAssets"))
                .setSortable(true).setSortProperty(ClientSort.TOTAL_ASSETS.name())
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(i -> new RatioBadge(i.maintenanceRatio(), lines))
                .setHeader(getTranslation("clients.col.ratio")).setSortable(true)
                .setSortProperty(ClientSort.MAINTENANCE_RATIO.name())
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class,
                new RouteParameters(ClientDetailView.CLIENT_ID, String.valueOf(e.getItem().clientId())))));
        grid.setItems(query -> directory.search(filter, sortOrders(query), query.getOffset(), query.getLimit())
                .stream(), query -> countAndShow());
    }

    private static List<ClientSort.Order> sortOrders(Query<ClientListItem, ?> query) {
        return query.getSortOrders().stream()
                .map(o -> new ClientSort.Order(ClientSort.valueOf(o.getSorted()),
                        o.getDirection() == SortDirection.ASCENDING))
                .toList();
    }

    private void applyFilter(ClientFilter newFilter) {
        filter = newFilter;
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** The grid asks for the count once per refresh; the label shows the same number. */
    private int countAndShow() {
        long count = directory.count(filter);
        total.setText(getTranslation("clients.count", count));
        return (int) count;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clients.title") + " | " + getTranslation("app.title");
    }
}
