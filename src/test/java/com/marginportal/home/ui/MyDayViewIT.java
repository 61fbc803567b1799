package com.marginportal.home.ui;

import com.marginportal.support.ViewTest;
import com.marginportal.workflow.ui.DashboardView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;

import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The home page answers "what needs me now?": advisors land on their day, managers on the branch dashboard. */
class MyDayViewIT extends ViewTest {

    @Test
    void anAdvisorLandsOnTheirDayWithTheFiguresThatOpenTheWork() {
        login("advisor1");
        navigate("");
        assertThat(currentView()).isEqualTo(MyDayView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("tile-overdue")).getHref()).isEqualTo("tasks");
        assertThat(_get(Anchor.class, spec -> spec.withId("tile-unclaimed")).getHref()).isEqualTo("tasks?tab=group");
        assertThat(_get(Grid.class, spec -> spec.withId("my-day-agenda")).getEmptyStateText()).isEqualTo("目前没有待办事项。");
    }

    @Test
    void aManagerLandsOnWhatNeedsThemWithTheDashboardBelow() {
        login("manager1");
        navigate("");
        assertThat(currentView()).isEqualTo(ManagerDayView.class);
        _get(Grid.class, spec -> spec.withId("manager-day-attention"));
        _get(DashboardView.class);
    }
}
