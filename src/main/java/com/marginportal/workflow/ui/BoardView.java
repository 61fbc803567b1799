package com.marginportal.workflow.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marginportal.client.ClientDirectory;
import com.marginportal.security.BranchInfo;
import com.marginportal.security.Role;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.Badge;
import com.marginportal.shell.CellLines;
import com.marginportal.shell.DateTimeCells;
import com.marginportal.shell.Formats;
import com.marginportal.workflow.BoardFilter;
import com.marginportal.workflow.BoardRow;
import com.marginportal.workflow.CaseActions;
import com.marginportal.workflow.BulkExtensions;
import com.marginportal.workflow.CaseBoard;
import com.marginportal.workflow.CaseExport;
import com.marginportal.workflow.SlaState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The managers' status board: every case of their scope, where it waits, who holds it and when it is due
 * (soonest first), counts per step on top (a click filters), filters, bulk reassignment and reminders.
 */
@Route("board")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
public class BoardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CaseBoard board;
    private final ClientDirectory clients;
    private final Grid<BoardRow> grid = new Grid<>(BoardRow.class, false);
    private final HorizontalLayout stepCounts = new HorizontalLayout();
    private final Span total = new Span();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<String, String> holders = new HashMap<>();
    private final UserDirectory users;
    private final BoardFilterBar filterBar;
    private BoardFilter filter = BoardFilter.DEFAULT;

    public BoardView(CaseBoard board, CaseActions actions, BulkExtensions extensions, CaseExport export,
                     ClientDirectory clients, UserDirectory users) {
        this.board = board;
        this.clients = clients;
        this.users = users;
        setSizeFull();
        Map<Long, String> branches = users.visibleBranches().stream()
                .collect(Collectors.toMap(BranchInfo::id, BranchInfo::name));
        Map<Long, UserAccount> advisors = users.visibleAdvisors().stream()
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));
        filterBar = new BoardFilterBar(users.visibleBranches(), users.visibleAdvisors(), f -> {
            filter = f;
            refresh();
        });
        stepCounts.setId("board-step-counts");
        stepCounts.getStyle().set("flex-wrap", "wrap");
        total.setId("board-total");
        BoardBulkActions bulk = new BoardBulkActions(actions, extensions, users.visibleAdvisors(), () -> filter, this::refresh);
        ExportLinks exports = new ExportLinks(export, () -> filter);
        // title and exports, then the step counts beside the bulk actions: the rows start high on a 800 px screen
        H2 title = new H2(getTranslation("board.title"));
        title.getStyle().set("white-space", "nowrap");
        HorizontalLayout top = new HorizontalLayout(title, total, exports);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWidthFull();
        top.expand(total);
        HorizontalLayout steps = new HorizontalLayout(stepCounts, bulk);
        steps.setAlignItems(FlexComponent.Alignment.CENTER);
        steps.setWidthFull();
        steps.expand(stepCounts);
        configureGrid(branches, advisors);
        add(top, steps, filterBar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void configureGrid(Map<Long, String> branches, Map<Long, UserAccount> advisors) {
        grid.setId("board-grid");
        grid.setEmptyStateText(getTranslation("board.empty"));
        // text columns share the width and wrap: the board fits 1280 px without scrolling sideways
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(BoardRow::caseId).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> names.getOrDefault(r.clientId(), String.valueOf(r.clientId())))
                .setHeader(getTranslation("clients.col.name")).setWidth("4rem").setFlexGrow(1);
        grid.addColumn(r -> getTranslation("level." + r.level())).setHeader(getTranslation("cases.col.level"))
                .setWidth("6.5rem").setFlexGrow(0); // "Liquidation" in English is wider than 平仓
        grid.addColumn(r -> getTranslation("activity." + (r.step() == null ? "sendRiskNotice" : r.step())))
                .setKey("step").setHeader(getTranslation("board.col.step")).setWidth("5rem").setFlexGrow(2);
        grid.addComponentColumn(this::due).setKey("due").setHeader(getTranslation("inbox.col.due")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(r -> age(r.openedAt(), r.endedAt())).setHeader(getTranslation("board.col.age")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(r -> r.assignee() != null ? holders.getOrDefault(r.assignee(), r.assignee())
                        : r.isUnclaimed() ? getTranslation("task.unclaimed") : "")
                .setHeader(getTranslation("inbox.col.assignee")).setKey("assignee").setWidth("4.5rem").setFlexGrow(1);
        // several branches in sight: the branch under the advisor's name (two columns wrapped it over three lines)
        boolean oneBranch = branches.size() <= 1;
        grid.addColumn(CellLines.<BoardRow>of(r -> r.advisorId() == null || !advisors.containsKey(r.advisorId()) ? ""
                        : advisors.get(r.advisorId()).displayName(), r -> oneBranch ? "" : branches.get(r.branchId())))
                .setKey("advisor").setHeader(getTranslation(oneBranch ? "clients.col.advisor" : "cases.col.advisorBranch"))
                .setWidth(oneBranch ? "4.5rem" : "9rem").setFlexGrow(1);
        // how long ago, like the age beside it: a date and time did not fit whole, and "how stale" is the question;
        // the moment itself on hover (and in the case view)
        grid.addColumn(r -> r.lastContactAt() == null ? ""
                        : getTranslation("board.contactAgo", age(r.lastContactAt(), null)))
                .setHeader(getTranslation("board.col.lastContact")).setKey("lastContact").setWidth("5.5rem").setFlexGrow(0)
                .setTooltipGenerator(r -> r.lastContactAt() == null ? null : Formats.dateTime(r.lastContactAt()));
        grid.addColumn(r -> r.ratio() == null ? getTranslation("ratio.noDebt") : Formats.percent(r.ratio()))
                .setHeader(getTranslation("cases.col.latestRatio")).setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(r -> r.version() == null ? "" : "v" + r.version()).setHeader(getTranslation("board.col.versionShort"))
                .setWidth("4.5rem").setFlexGrow(0);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("board/case/" + e.getItem().caseId())));
        grid.setItems(query -> {
            var rows = board.search(filter, query.getOffset(), query.getLimit());
            names.putAll(clients.clientNames(rows.stream().map(BoardRow::clientId).collect(Collectors.toSet())));
            holders.putAll(users.displayNames(rows.stream().map(BoardRow::assignee).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet()))); // people by name, not login
            return rows.stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, board.count(filter)));
    }

    private Component due(BoardRow r) {
        if (!r.isOpen()) {
            return DateTimeCells.text(getTranslation("board.ended", getTranslation(r.caseStatus().labelKey()),
                    Formats.dateTime(r.endedAt())));
        }
        // the time, then its state as a badge of its own: a badge holding both wrapped to three lines
        SlaState state = board.sla(r);
        Span badge = Badge.of(getTranslation("sla." + state), switch (state) {
            case OVERDUE -> "error small";
            case DUE_SOON -> "contrast small";
            case ON_TIME -> "success small";
        });
        Span due = new Span(DateTimeCells.text(r.dueAt() == null ? "—" : Formats.dateTime(r.dueAt())), new Text(" "), badge);
        due.addClassName("board-due");
        return due;
    }

    private String age(Instant opened, Instant ended) {
        Duration age = Duration.between(opened, ended != null ? ended : Instant.now());
        return CaseAge.text(age, this::getTranslation);
    }

    /** {@code board?step=contactClient} (diagram overview), {@code board?level=…}, {@code sla=…}, {@code branch=…} (dashboard). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> query = new HashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((k, v) -> {
            if (!v.isEmpty()) {
                query.put(k, v.get(0));
            }
        });
        filterBar.selectFromLink(query);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("board.total", board.count(filter)));
        stepCounts.removeAll();
        board.countsByStep(filter).forEach((step, count) -> {
            Button b = new Button(getTranslation("activity." + step) + " " + count, e -> filterBar.selectStep(step));
            b.setId("step-count-" + step);
            b.getElement().getThemeList().add(step.equals(filter.step()) ? "primary small" : "small");
            stepCounts.add(b);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title") + " | " + getTranslation("app.title");
    }
}
