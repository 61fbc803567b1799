package com.marginportal.home.ui;

import com.marginportal.home.domain.FirstSteps;
import com.marginportal.home.domain.FirstSteps.Step;
import com.marginportal.shell.EnumLabels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * On a new installation, above everything else on the administrator's home: the steps left before the portal
 * watches anyone's margin, each with the view where it is done and the done ones ticked, so the first
 * administrator does not have to find them among twenty menu entries. Gone once every step is done.
 */
final class FirstStepsPanel {

    private FirstStepsPanel() {
    }

    static Component of(Component view, FirstSteps steps) {
        OrderedList list = new OrderedList();
        for (Step step : Step.values()) {
            boolean done = steps.done(step);
            Span mark = new Span(done ? "✓ " : "");
            Anchor go = new Anchor(step.route(), EnumLabels.of(view, step));
            go.setId("first-step-" + step.name());
            ListItem item = new ListItem(mark, go, new Span(" — " + view.getTranslation("firstSteps." + step.name() + ".why")));
            if (done) {
                item.addClassName("muted");
                go.getElement().setAttribute("data-done", "");
            }
            list.add(item);
        }
        Div panel = new Div(new H3(view.getTranslation("firstSteps.title")),
                new Paragraph(view.getTranslation("firstSteps.intro")), list);
        panel.setId("first-steps");
        return panel;
    }
}
