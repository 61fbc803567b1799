package com.marginportal.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.marginportal.home.Installation;
import com.marginportal.home.domain.FirstSteps;
import com.marginportal.risk.RiskScanService;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The first administrator of a new installation sees what to set up first, each step one click from its view;
 * an installation that watches accounts (the demo) shows no such list.
 */
class FirstStepsViewIT extends ViewTest {

    @Autowired
    private Installation installation;
    @Autowired
    private RiskScanService scanner;

    @Test
    void aSetUpInstallationShowsNoFirstSteps() {
        scanner.scan(ScanTrigger.MANUAL); // the demo's accounts valued, as the scan after an import or at start-up does
        login("admin");
        FirstSteps steps = installation.firstSteps();
        assertThat(steps.left()).as("the demo: %s", steps).isEmpty();
        navigate("manager-day");
        _assertNone(Div.class, spec -> spec.withId("first-steps"));
        _get(HorizontalLayout.class, spec -> spec.withId("operations-tiles")); // the admin's own panel is there
    }

    @Test
    void theStepsLeftLeadToTheirViewsAndTheDoneOnesAreTicked() {
        login("admin");
        navigate("clients"); // a view of its own: the panel is shown here alone, whatever this database lacks
        Component view = UI.getCurrent().getCurrentView();
        UI.getCurrent().add(FirstStepsPanel.of(view, new FirstSteps(3, 0, 1, 0, 0)));
        Anchor branches = _get(Anchor.class, spec -> spec.withId("first-step-BRANCHES"));
        assertThat(branches.getElement().hasAttribute("data-done")).as("three branches").isTrue();
        Anchor staff = _get(Anchor.class, spec -> spec.withId("first-step-STAFF"));
        assertThat(staff.getText()).isEqualTo("开设客户经理和营业部经理账户");
        assertThat(staff.getHref()).isEqualTo("admin/users");
        assertThat(staff.getElement().hasAttribute("data-done")).as("a manager, no advisor").isFalse();
        assertThat(_get(Anchor.class, spec -> spec.withId("first-step-VALUATION")).getHref())
                .as("the import page with the first of the four kinds chosen").isEqualTo("admin/imports?kind=securities");
        assertThat(_get(Anchor.class, spec -> spec.withId("first-step-CLIENTS")).getHref()).isEqualTo("admin/imports?kind=clients");
    }
}
