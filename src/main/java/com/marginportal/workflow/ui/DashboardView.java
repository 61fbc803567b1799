package com.marginportal.workflow.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.marginportal.classification.SegmentService;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.security.BranchInfo;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.DataScope;
import com.marginportal.security.Role;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.chart.EChart;
import com.marginportal.workflow.CaseDashboard;
import com.marginportal.workflow.SlaState;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The managers' and admins' figures (also shown below what needs them on their home page) and the advisors' view of
 * their book: open cases by
 * level, overdue tasks and the clients' segments; managers and admins also see cases opened and resolved per day,
 * outcomes and median handling times per branch and advisor (admins: all branches, with a branch breakdown).
 * A level or the overdue figure opens the board filtered to it.
 */
@Route("dashboard")
@RolesAllowed({Role.Names.ADVISOR, Role.Names.MANAGER, Role.Names.ADMIN})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final int DAYS = 30;

    public DashboardView(CaseDashboard dashboard, SegmentService segments, UserDirectory users, CurrentUser currentUser) {
        setWidthFull();
        DataScope.Kind kind = currentUser.scope().kind();
        boolean manager = kind != DataScope.Kind.ADVISOR;
        add(new H2(getTranslation(manager ? "dashboard.title" : "dashboard.title.advisor")));

        Map<String, Long> byLevel = dashboard.openByLevel();
        HorizontalLayout tiles = new HorizontalLayout();
        tiles.setId("dashboard-tiles");
        tiles.getStyle().set("flex-wrap", "wrap");
        tiles.setAlignItems(FlexComponent.Alignment.STRETCH);
        tiles.add(DashboardWidgets.tile("tile-open", getTranslation("dashboard.openCases"),
                byLevel.values().stream().mapToLong(Long::longValue).sum(), null, manager ? () -> board(Map.of()) : null));
        byLevel.forEach((level, count) -> tiles.add(DashboardWidgets.tile("tile-level-" + level,
                getTranslation("level." + level), count, null, manager ? () -> board(Map.of("level", level)) : null)));
        long overdue = dashboard.overdueTasks();
        tiles.add(DashboardWidgets.tile("tile-overdue", getTranslation(manager ? "dashboard.overdue"
                        : "dashboard.overdue.mine"), overdue, overdue > 0 ? "badge error" : null, // red only when late
                manager ? () -> board(Map.of("sla", SlaState.OVERDUE.name())) : () -> navigate("tasks")));
        add(tiles);

        EChart levels = DashboardWidgets.levels(this, byLevel);
        if (manager) {
            levels.addClickListener(e -> CaseDashboard.LEVELS.stream()
                    .filter(l -> getTranslation("level." + l).equals(e.getCategory())).findFirst()
                    .ifPresent(l -> board(Map.of("level", l))));
        }
        Map<String, Long> riskLevels = segments.distribution(Dimension.RISK_LEVEL);
        var levelsCard = DashboardWidgets.orWhyEmpty(this, levels, DashboardWidgets.allZero(byLevel.values()),
                "dashboard.empty.levels");
        var segmentChart = DashboardWidgets.orWhyEmpty(this, DashboardWidgets.segments(this, Dimension.RISK_LEVEL,
                riskLevels), DashboardWidgets.allZero(riskLevels.values()), "dashboard.empty.segments");
        if (!manager) {
            add(DashboardWidgets.grid(
                    DashboardWidgets.card("card-levels", getTranslation("dashboard.byLevel.mine"), levelsCard),
                    DashboardWidgets.card("card-segments", getTranslation("dashboard.segments.mine"), segmentChart)));
            return;
        }
        Map<Long, String> branchNames = users.visibleBranches().stream()
                .collect(Collectors.toMap(BranchInfo::id, BranchInfo::name));
        Map<Long, UserAccount> advisors = users.visibleAdvisors().stream()
                .collect(Collectors.toMap(UserAccount::id, a -> a));
        var perDay = dashboard.perDay(DAYS);
        Map<String, Long> outcomes = dashboard.outcomes(DAYS);
        var cards = DashboardWidgets.grid(
                DashboardWidgets.card("card-levels", getTranslation("dashboard.byLevel"), levelsCard),
                DashboardWidgets.card("card-per-day", getTranslation("dashboard.perDay", DAYS),
                        DashboardWidgets.orWhyEmpty(this, DashboardWidgets.perDay(this, perDay),
                                perDay.stream().allMatch(d -> d.opened() == 0 && d.resolved() == 0),
                                "dashboard.empty.perDay", DAYS)),
                DashboardWidgets.card("card-outcomes", getTranslation("dashboard.outcomes", DAYS),
                        DashboardWidgets.orWhyEmpty(this, DashboardWidgets.outcomes(this, outcomes),
                                DashboardWidgets.allZero(outcomes.values()), "dashboard.empty.outcomes", DAYS)),
                DashboardWidgets.card("card-segments", getTranslation("dashboard.segments"), segmentChart));
        if (kind == DataScope.Kind.ALL) {
            Map<Long, Map<String, Long>> byBranch = dashboard.openByBranch();
            EChart branches = DashboardWidgets.branches(this, byBranch, branchNames);
            branches.addClickListener(e -> branchNames.entrySet().stream()
                    .filter(b -> b.getValue().equals(e.getCategory())).findFirst()
                    .ifPresent(b -> board(Map.of("branch", String.valueOf(b.getKey())))));
            cards.addComponentAsFirst(DashboardWidgets.card("card-branches", getTranslation("dashboard.byBranch"),
                    DashboardWidgets.orWhyEmpty(this, branches, byBranch.isEmpty(),
                            "dashboard.empty.levels")));
        }
        add(cards, DashboardWidgets.card("card-medians", getTranslation("dashboard.medians", DAYS),
                DashboardWidgets.medians(this, dashboard.medianTimes(DAYS), branchNames, advisors)));
    }

    /** The board with a filter from the URL ({@code board?level=MARGIN_CALL}). */
    private void board(Map<String, String> query) {
        getUI().ifPresent(ui -> ui.navigate("board", QueryParameters.simple(query)));
    }

    private void navigate(String location) {
        getUI().ifPresent(ui -> ui.navigate(location));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " | " + getTranslation("app.title");
    }
}
