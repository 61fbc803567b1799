package com.marginportal.home.ui;

import com.marginportal.home.MyDaySummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The four figures at the top of the advisor's home; red only when something is overdue. */
final class MyDayTiles {

    private MyDayTiles() {
    }

    static HorizontalLayout of(Component view, MyDaySummary day) {
        HorizontalLayout tiles = new HorizontalLayout(
                tile(view, "tile-overdue", "myDay.tile.overdue", day.overdue(), day.overdue() > 0, "tasks"),
                tile(view, "tile-today", "myDay.tile.today", day.dueToday(), false, "tasks"),
                tile(view, "tile-unclaimed", "myDay.tile.unclaimed", day.groupTasks(), false, "tasks?tab=group"),
                tile(view, "tile-breach", "myDay.tile.inBreach", day.clientsInBreach().size(), false, "risk/cases"));
        tiles.setId("my-day-tiles");
        tiles.getStyle().set("flex-wrap", "wrap");
        return tiles;
    }

    /** A figure with its label that opens the work it counts; red ({@code alarm}) only when something waits. */
    static Anchor tile(Component view, String id, String labelKey, long count, boolean alarm, String link) {
        Span figure = new Span(String.valueOf(count));
        figure.addClassName("tile-figure");
        Span label = new Span(view.getTranslation(labelKey));
        Div box = new Div(figure, label);
        box.addClassName("tile");
        if (alarm) {
            box.addClassName("tile-alarm");
        }
        Anchor anchor = new Anchor(link, box);
        anchor.setId(id);
        return anchor;
    }
}
