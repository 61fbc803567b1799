package com.marginportal.workflow.ui;

import com.marginportal.risk.RiskCaseRow;
import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.risk.domain.BreachReason;
import com.marginportal.shell.Formats;
import com.marginportal.workflow.CaseAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The banner at the top of the client 360 view while the client's case is in handling: level, the line crossed with
 * the figure, the step and its deadline, who holds it, and a button to the task when the user can act on it.
 */
class CaseAlertBanner extends Div {

    CaseAlertBanner(CaseAlert alert) {
        RiskCaseRow c = alert.riskCase();
        setId("case-alert");
        addClassNames("case-alert", "case-alert-" + c.level().name().toLowerCase().replace('_', '-'));
        Span level = new Span(getTranslation("level." + c.level().name()));
        level.getElement().getThemeList().add(c.level() == BreachLevel.WARNING ? "badge" : "badge error primary");
        Span what = new Span(getTranslation("caseAlert.case", String.valueOf(c.caseId())) + " · " + crossed(c));
        what.setId("case-alert-line");
        add(level, what);
        if (alert.step() != null) {
            add(new Span(getTranslation("caseAlert.step", getTranslation("activity." + alert.step()))));
        }
        if (alert.due() != null) {
            add(new Span(getTranslation("caseAlert.due", Formats.dateTime(alert.due()))));
        }
        if (alert.awaitsAPerson()) { // waiting for the ratio or a deadline, nobody holds it
            add(new Span(alert.holder() == null ? getTranslation("task.unclaimed")
                    : getTranslation("caseAlert.holder", alert.holder())));
        }
        if (alert.taskId() != null) {
            Button open = new Button(getTranslation("caseAlert.openTask"),
                    e -> getUI().ifPresent(ui -> ui.navigate("tasks",
                            com.vaadin.flow.router.QueryParameters.of("task", alert.taskId()))));
            open.setId("case-alert-task");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            add(open);
        }
    }

    /** The line the case was opened or escalated on, with the client's figure against it. */
    private String crossed(RiskCaseRow c) {
        if (c.reason() == BreachReason.FINANCING_RATIO) {
            return getTranslation("caseAlert.financingRatio",
                    c.latestFinancingRatio() == null ? "—" : Formats.percent(c.latestFinancingRatio()),
                    c.financingRatioLine() == null ? "—" : Formats.percent(c.financingRatioLine()));
        }
        var line = switch (c.level()) {
            case WARNING -> c.warningLine();
            case MARGIN_CALL -> c.marginCallLine();
            case LIQUIDATION -> c.liquidationLine();
        };
        return getTranslation("caseAlert.maintenanceRatio", c.latestRatio() == null ? "—" : Formats.percent(c.latestRatio()),
                getTranslation("caseAlert.line." + c.level().name()), Formats.percent(line));
    }
}
