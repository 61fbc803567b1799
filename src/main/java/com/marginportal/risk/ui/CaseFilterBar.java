package com.marginportal.risk.ui;

import java.util.List;
import java.util.function.Consumer;

import com.marginportal.risk.CaseFilter;
import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.security.BranchInfo;
import com.marginportal.security.UserAccount;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Filters of the risk case list; reports every change to its listener. */
class CaseFilterBar extends HorizontalLayout {

    private final ComboBox<BreachLevel> level = new ComboBox<>();
    private final Checkbox openOnly = new Checkbox(true);
    private final ComboBox<BranchInfo> branch = new ComboBox<>();
    private final ComboBox<UserAccount> advisor = new ComboBox<>();

    CaseFilterBar(List<BranchInfo> branches, List<UserAccount> advisors, Consumer<CaseFilter> listener) {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        level.setId("case-filter-level");
        level.setPlaceholder(getTranslation("cases.filter.level"));
        level.setItems(BreachLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("level." + l.name()));
        level.setClearButtonVisible(true);
        openOnly.setId("case-filter-open");
        openOnly.setLabel(getTranslation("cases.filter.openOnly"));
        branch.setPlaceholder(getTranslation("clients.filter.branch"));
        branch.setItems(branches);
        branch.setItemLabelGenerator(BranchInfo::name);
        branch.setClearButtonVisible(true);
        branch.setVisible(branches.size() > 1);
        advisor.setPlaceholder(getTranslation("clients.filter.advisor"));
        advisor.setItems(advisors);
        advisor.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
        advisor.setClearButtonVisible(true);
        advisor.setVisible(advisors.size() > 1);
        Runnable fire = () -> listener.accept(new CaseFilter(level.getValue(), openOnly.getValue(),
                branch.getValue() == null ? null : branch.getValue().id(),
                advisor.getValue() == null ? null : advisor.getValue().id(), null));
        level.addValueChangeListener(e -> fire.run());
        openOnly.addValueChangeListener(e -> fire.run());
        branch.addValueChangeListener(e -> fire.run());
        advisor.addValueChangeListener(e -> fire.run());
        add(level, branch, advisor, openOnly);
    }
}
