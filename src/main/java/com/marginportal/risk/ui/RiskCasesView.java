package com.marginportal.risk.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marginportal.client.ClientDirectory;
import com.marginportal.client.domain.PersonalDataMask;
import com.marginportal.risk.CaseFilter;
import com.marginportal.risk.LastScan;
import com.marginportal.risk.RiskCaseQueries;
import com.marginportal.risk.RiskCaseRow;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanResult;
import com.marginportal.risk.domain.BreachReason;
import com.marginportal.security.BranchInfo;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.Role;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.CellLines;
import com.marginportal.shell.DateTimeCells;
import com.marginportal.shell.DetailSection;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Open risk cases in the caller's scope, lowest maintenance ratio first; managers can scan on demand. */
@Route("risk/cases")
@RolesAllowed({Role.Names.ADVISOR, Role.Names.MANAGER, Role.Names.ADMIN})
public class RiskCasesView extends VerticalLayout implements HasDynamicTitle {

    private final RiskCaseQueries cases;
    private final ClientDirectory clients;
    private final Grid<RiskCaseRow> grid = new Grid<>(RiskCaseRow.class, false);
    private final Span total = new Span();
    private final Span lastScan = new Span();
    private final List<DetailSection> caseSections;
    private CaseFilter filter = CaseFilter.OPEN;

    public RiskCasesView(RiskCaseQueries cases, ClientDirectory clients, UserDirectory users, RiskScanService scanner,
                         CurrentUser currentUser, List<DetailSection> sections) {
        this.cases = cases;
        this.caseSections = sections.stream().filter(s -> DetailSection.RISK_CASE.equals(s.place()))
                .sorted(java.util.Comparator.comparingInt(DetailSection::order)).toList();
        this.clients = clients;
        setSizeFull();
        List<BranchInfo> branches = users.visibleBranches();
        List<UserAccount> advisors = users.visibleAdvisors();
        Map<Long, String> branchNames = branches.stream().collect(Collectors.toMap(BranchInfo::id, BranchInfo::name));
        Map<Long, UserAccount> advisorsById = advisors.stream().collect(Collectors.toMap(UserAccount::id, Function.identity()));

        Button scan = new Button(getTranslation("cases.scanNow"), VaadinIcon.REFRESH.create(), e -> {
            ScanResult r = scanner.scanNow();
            grid.getDataProvider().refreshAll();
            // a branch's manager scans the firm: its counts are not the list's, as in the line beside the button
            boolean firmWide = showLastScan().map(LastScan::firmWide).orElse(false);
            Notification.show(firmWide ? getTranslation("cases.scanDone", r.accounts(), r.breaches(), r.opened(),
                            r.escalated(), r.restored(), r.millis()) : getTranslation("cases.scanDone.scoped", r.millis()),
                    6000, Notification.Position.BOTTOM_START);
        });
        scan.setId("scan-now");
        scan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        scan.setVisible(currentUser.require().role() != Role.ADVISOR);
        scan.setDisableOnClick(true);
        scan.addClickListener(e -> scan.setEnabled(true));
        total.setId("case-count");
        lastScan.addClassName("muted");
        lastScan.setId("last-scan");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("cases.title")), scan, lastScan);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid(branchNames, advisorsById);
        add(header, new CaseFilterBar(branches, advisors, f -> {
            filter = f;
            grid.getColumnByKey("status").setVisible(!f.openOnly());
            refresh();
        }), total, grid);
        setFlexGrow(1, grid);
        showLastScan();
    }

    /** The case's own timeline, then what other features add (e.g. its resolution record once closed). */
    private Component details(RiskCaseRow r) {
        Div details = new Div(new CaseTimeline(cases.events(r.caseId())));
        caseSections.forEach(s -> details.add(s.content().apply(r.caseId())));
        return details;
    }

    private void configureGrid(Map<Long, String> branchNames, Map<Long, UserAccount> advisors) {
        grid.setId("case-grid");
        grid.setEmptyStateText(getTranslation("cases.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        // one branch in sight (advisors, branch managers): its name in every row says nothing, its room goes to the lines
        boolean oneBranch = branchNames.size() <= 1;
        Map<Long, String> names = new java.util.HashMap<>();
        // the name, and under it the account's last four digits, which tell many clients' accounts apart (the
        // client's own view shows the number): one column, so that branches and lines keep their room
        grid.addComponentColumn(r -> nameAndAccount(r, names)).setKey("name")
                .setHeader(getTranslation("cases.col.nameAccount"))
                .setWidth("7rem").setFlexGrow(1);
        grid.addComponentColumn(r -> new LevelBadge(r.level())).setHeader(getTranslation("cases.col.level")).setAutoWidth(true).setFlexGrow(0);
        // a financing-ratio case names its own figure and line: the ratio columns beside it are the maintenance ratio's
        grid.addColumn(this::indicator).setHeader(getTranslation("cases.col.reason")).setKey("reason").setWidth("7.5rem")
                .setFlexGrow(1);
        grid.addColumn(r -> r.latestRatio() == null ? getTranslation("ratio.noDebt") : Formats.percent(r.latestRatio()))
                .setHeader(getTranslation("cases.col.latestRatio")).setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(r -> Formats.percent(r.lowestRatio())).setHeader(getTranslation("cases.col.lowestRatio"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5.5rem").setFlexGrow(0);
        // the case's own lines: those it was opened with and is held to until it ends (risk.EffectiveLines)
        grid.addColumn(r -> Formats.lines(r.warningLine(), r.marginCallLine(), r.liquidationLine()))
                .setHeader(getTranslation("cases.col.lines")).setWidth("11.5rem").setFlexGrow(0); // the three on one line
        grid.addColumn(DateTimeCells.of(RiskCaseRow::openedAt)).setHeader(getTranslation("cases.col.openedAt")).setWidth(DateTimeCells.WIDTH).setFlexGrow(0);
        // open cases only (the default): "Open" in every row says nothing
        grid.addColumn(r -> getTranslation(r.status().labelKey())).setHeader(getTranslation("cases.col.status")).setWidth("3.5rem").setFlexGrow(1)
                .setKey("status").setVisible(!filter.openOnly());
        // several branches in sight: the branch under the advisor's name, as the account under the client's (one
        // column: ten at 1280 px wrapped the branches' names over three lines); an advisor's own name says nothing
        grid.addColumn(CellLines.<RiskCaseRow>of(r -> advisorName(r, advisors),
                        r -> oneBranch ? "" : branchNames.get(r.branchId()))).setKey("advisor")
                .setHeader(getTranslation(oneBranch ? "clients.col.advisor" : "cases.col.advisorBranch"))
                .setWidth(oneBranch ? "4rem" : "7.5rem").setFlexGrow(1).setVisible(advisors.size() > 1 || !oneBranch);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        grid.setItems(query -> {
            List<RiskCaseRow> rows = cases.search(filter, query.getOffset(), query.getLimit());
            names.putAll(clients.clientNames(rows.stream().map(RiskCaseRow::clientId).collect(Collectors.toSet())));
            return rows.stream();
        }, query -> countAndShow());
    }

    private static Component nameAndAccount(RiskCaseRow r, Map<Long, String> names) {
        Anchor name = new Anchor("clients/" + r.clientId(), names.getOrDefault(r.clientId(), String.valueOf(r.clientId())));
        return new Div(name, CellLines.under(PersonalDataMask.accountNumber(String.valueOf(r.accountId()))));
    }

    private static String advisorName(RiskCaseRow r, Map<Long, UserAccount> advisors) {
        UserAccount advisor = r.advisorId() == null ? null : advisors.get(r.advisorId());
        return advisor == null ? "" : advisor.displayName();
    }

    private String indicator(RiskCaseRow r) {
        if (r.reason() == BreachReason.FINANCING_RATIO && r.latestFinancingRatio() != null && r.financingRatioLine() != null) {
            return getTranslation("cases.financingAgainstLine", Formats.percent(r.latestFinancingRatio()),
                    Formats.percent(r.financingRatioLine()));
        }
        return getTranslation("reason." + r.reason().name());
    }

    private int countAndShow() {
        long count = cases.count(filter);
        total.setText(getTranslation("cases.count", count));
        return (int) count;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showLastScan();
    }

    /** The line beside the button; the scan it names (read once). */
    private Optional<LastScan> showLastScan() {
        Optional<LastScan> last = cases.lastScan();
        lastScan.setText(last.map(s -> s.firmWide()
                ? getTranslation("cases.lastScan", Formats.dateTime(s.startedAt()), getTranslation("trigger." + s.trigger()),
                        s.accounts(), s.breaches())
                : getTranslation("cases.lastScan.time", Formats.dateTime(s.startedAt()), getTranslation("trigger." + s.trigger())))
                .orElse(getTranslation("cases.noScan")));
        return last;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title") + " | " + getTranslation("app.title");
    }
}
