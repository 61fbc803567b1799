package com.marginportal.client.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientFilter;
import com.marginportal.client.ClientListItem;
import com.marginportal.client.ClientSort;
import com.marginportal.client.DisplayLines;
import com.marginportal.client.HeldLines;
import com.marginportal.client.segment.SegmentVocabulary;
import com.marginportal.security.UserAccount;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** The lazily loaded client list: database paging and sorting, the current filter asked for on every fetch. */
class ClientGrid extends Grid<ClientListItem> {

    /** The lines each client of the loaded pages is held to (HeldLines: risk decides them), read with the page. */
    private final Map<Long, DisplayLines> linesByClient = new HashMap<>();

    ClientGrid(ClientDirectory directory, HeldLines heldLines, SegmentVocabulary segments, Map<Long, String> branchNames,
               boolean showBranch, Map<Long, UserAccount> advisors, Supplier<ClientFilter> filter, LongConsumer counted) {
        super(ClientListItem.class, false);
        setId("client-grid");
        setEmptyStateText(getTranslation("clients.empty"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setPageSize(50);
        addColumn(ClientListItem::clientId).setHeader(getTranslation("clients.col.id"))
                .setKey(ClientSort.CLIENT_ID.name()).setSortable(true).setSortProperty(ClientSort.CLIENT_ID.name()).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(item -> new RouterLink(item.name(), ClientDetailView.class,
                        new RouteParameters(ClientDetailView.CLIENT_ID, String.valueOf(item.clientId()))))
                .setKey(ClientSort.NAME.name()).setHeader(getTranslation("clients.col.name")).setSortable(true)
                .setSortProperty(ClientSort.NAME.name()).setWidth("6rem").setFlexGrow(0); // the header and its sorter
        // the phone's last digits tell a caller's client apart in one branch's book; over several branches (admins) the
        // filter still finds by them, and the room goes to the branch, on one line
        addColumn(ClientListItem::maskedPhone).setHeader(getTranslation("clients.col.phone")).setWidth("8.5rem").setFlexGrow(0)
                .setKey("phone").setVisible(!showBranch);
        // one branch in scope (managers, advisors): the column would repeat it on every row
        addColumn(i -> branchNames.getOrDefault(i.branchId(), String.valueOf(i.branchId())))
                .setHeader(getTranslation("clients.col.branch")).setAutoWidth(true).setFlexGrow(0).setKey("branch")
                .setVisible(showBranch);
        // an advisor sees their own book: their name on every row says nothing, its room goes to the segments
        addColumn(i -> i.advisorId() == null || !advisors.containsKey(i.advisorId()) ? ""
                        : advisors.get(i.advisorId()).displayName())
                .setHeader(getTranslation("clients.col.advisor")).setWidth("5rem").setFlexGrow(1).setKey("advisor")
                .setVisible(advisors.size() > 1);
        addColumn(ClientListItem::riskTolerance).setHeader(getTranslation("clients.col.riskTolerance"))
                .setAutoWidth(true).setFlexGrow(0);
        // the unit in the header, not in every cell: the list fits 1280 px without scrolling sideways
        addColumn(i -> Formats.money(i.totalAssets())).setHeader(getTranslation("clients.col.totalAssets"))
                .setKey(ClientSort.TOTAL_ASSETS.name()).setSortable(true).setSortProperty(ClientSort.TOTAL_ASSETS.name())
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(i -> new RatioBadge(i.maintenanceRatio(), linesByClient.get(i.clientId())))
                .setKey("ratio").setHeader(getTranslation("clients.col.ratio")).setSortable(true)
                .setSortProperty(ClientSort.MAINTENANCE_RATIO.name())
                .setTextAlign(ColumnTextAlign.END).setWidth("8.5rem").setFlexGrow(0); // 维持担保比例 and its sorter, one line
        // the room left goes to the segments (names, figures and ratio take what they need): their badges wrap to
        // two rows, not four, and the list fits 1280 px without scrolling sideways
        addComponentColumn(i -> new SegmentBadges(i.segments(), segments)).setKey("segments")
                .setHeader(getTranslation("clients.col.segments")).setWidth("8rem").setFlexGrow(2);
        addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class,
                new RouteParameters(ClientDetailView.CLIENT_ID, String.valueOf(e.getItem().clientId())))));
        setItems(query -> {
                    List<ClientListItem> page = directory.search(filter.get(), sortOrders(query), query.getOffset(),
                            query.getLimit());
                    Map<Long, HeldLines.Held> held = heldLines.forClients(
                            page.stream().mapToLong(ClientListItem::clientId).toArray());
                    if (query.getOffset() == 0) {
                        linesByClient.clear(); // a new filter or sort starts over: keep only what is on screen
                    }
                    page.forEach(i -> linesByClient.put(i.clientId(), held.get(i.clientId()).lines()));
                    return page.stream();
                },
                query -> {
                    long count = directory.count(filter.get());
                    counted.accept(count);
                    return (int) count;
                });
    }

    private static List<ClientSort.Order> sortOrders(Query<ClientListItem, ?> query) {
        return query.getSortOrders().stream()
                .map(o -> new ClientSort.Order(ClientSort.valueOf(o.getSorted()),
                        o.getDirection() == SortDirection.ASCENDING))
                .toList();
    }

    /** The first sort order as saved with a view, e.g. {@code TOTAL_ASSETS:desc}; null for the default order. */
    String sortOrder() {
        return getSortOrder().stream().findFirst()
                .map(o -> o.getSorted().getKey() + ":" + (o.getDirection() == SortDirection.ASCENDING ? "asc" : "desc"))
                .orElse(null);
    }

    /** Applies a saved sort order; an unknown one means the default order. */
    void sortBy(String sortOrder) {
        String[] parts = sortOrder == null ? new String[0] : sortOrder.split(":");
        Column<ClientListItem> column = parts.length == 2 ? getColumnByKey(parts[0]) : null;
        if (column == null || !column.isSortable()) {
            sort(List.of());
            return;
        }
        sort(List.of(new GridSortOrder<>(column, "asc".equals(parts[1]) ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
    }

    void refresh() {
        getDataProvider().refreshAll();
    }
}
