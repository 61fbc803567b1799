package com.marginportal.home.ui;

import java.util.List;
import java.util.function.Consumer;

import com.marginportal.security.BranchInfo;
import com.marginportal.workflow.InboxFilter;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Level, client and branch filters of the inbox; the branch filter only when the user sees several branches. */
class InboxFilterBar extends HorizontalLayout {

    private static final List<String> LEVELS = List.of("WARNING", "MARGIN_CALL", "LIQUIDATION");

    private final Select<String> level = new Select<>();
    private final TextField client = new TextField();
    private final Select<BranchInfo> branch = new Select<>();

    InboxFilterBar(List<BranchInfo> branches, Consumer<InboxFilter> onChange) {
        level.setId("inbox-filter-level");
        level.setLabel(getTranslation("cases.col.level"));
        level.setItems(LEVELS);
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("filter.any"));
        level.setItemLabelGenerator(l -> l == null ? getTranslation("filter.any") : getTranslation("level." + l));
        client.setId("inbox-filter-client");
        client.setLabel(getTranslation("inbox.filter.client"));
        client.setClearButtonVisible(true);
        client.setValueChangeMode(ValueChangeMode.LAZY);
        branch.setId("inbox-filter-branch");
        branch.setLabel(getTranslation("clients.col.branch"));
        branch.setItems(branches);
        branch.setEmptySelectionAllowed(true);
        branch.setEmptySelectionCaption(getTranslation("filter.any"));
        branch.setItemLabelGenerator(b -> b == null ? getTranslation("filter.any") : b.name());
        branch.setVisible(branches.size() > 1);
        level.addValueChangeListener(e -> onChange.accept(filter()));
        client.addValueChangeListener(e -> onChange.accept(filter()));
        branch.addValueChangeListener(e -> onChange.accept(filter()));
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(level, client, branch);
    }

    InboxFilter filter() {
        return new InboxFilter(level.getValue(), client.getValue(), branch.isEmpty() ? null : branch.getValue().id());
    }
}
