package com.marginportal.workflow.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.marginportal.security.BranchInfo;
import com.marginportal.security.UserAccount;
import com.marginportal.workflow.BoardFilter;
import com.marginportal.workflow.CaseBoard;
import com.marginportal.workflow.SlaState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.marginportal.shell.DatePickers;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/** The board's filters: branch, advisor, level, step, SLA state, opening dates and process version. */
class BoardFilterBar extends FlexLayout {

    private final Select<BranchInfo> branch = new Select<>();
    private final Select<UserAccount> advisor = new Select<>();
    private final Select<String> level = new Select<>();
    private final Select<String> step = new Select<>();
    private final Select<SlaState> sla = new Select<>();
    private final DatePicker from = DatePickers.of();
    private final DatePicker to = DatePickers.of();
    private final IntegerField version = new IntegerField();
    private final Button more = new Button();

    BoardFilterBar(List<BranchInfo> branches, List<UserAccount> advisors, Consumer<BoardFilter> onChange) {
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");
        setUp(branch, "board-filter-branch", "clients.col.branch", branches, BranchInfo::name);
        branch.setVisible(branches.size() > 1);
        setUp(advisor, "board-filter-advisor", "clients.col.advisor", advisors, UserAccount::displayName);
        setUp(level, "board-filter-level", "cases.col.level", List.of("WARNING", "MARGIN_CALL", "LIQUIDATION"),
                l -> getTranslation("level." + l));
        setUp(step, "board-filter-step", "board.col.step", Stream.concat(
                CaseBoard.STEPS.stream(), Stream.of("resolved")).toList(), s -> getTranslation("activity." + s));
        setUp(sla, "board-filter-sla", "board.col.sla", List.of(SlaState.values()), s -> getTranslation("sla." + s));
        from.setId("board-filter-from");
        from.setLabel(getTranslation("board.openedFrom"));
        to.setId("board-filter-to");
        to.setLabel(getTranslation("board.openedTo"));
        version.setId("board-filter-version");
        version.setLabel(getTranslation("board.col.version"));
        version.setMin(1);
        version.setWidth("7em");
        from.setWidth("10em");
        to.setWidth("10em");
        more.setId("board-filter-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> showMore(!from.isVisible()));
        showMore(false);
        add(branch, advisor, level, step, sla, from, to, version, more);
        Stream.of(branch, advisor, level, step, sla).forEach(s -> s.addValueChangeListener(e -> onChange.accept(filter())));
        from.addValueChangeListener(e -> moreChanged(onChange));
        to.addValueChangeListener(e -> moreChanged(onChange));
        version.addValueChangeListener(e -> moreChanged(onChange));
    }

    /**
     * Opening dates and process version are rarely used: behind "More filters" so the board's rows start higher,
     * and shown whenever one of them is set, so no filter narrows the board unseen.
     */
    private void showMore(boolean shown) {
        boolean set = !from.isEmpty() || !to.isEmpty() || !version.isEmpty();
        boolean keep = shown || set;
        from.setVisible(keep);
        to.setVisible(keep);
        version.setVisible(keep);
        more.setText(getTranslation(keep ? "board.filter.fewer" : "board.filter.more"));
        more.setEnabled(!set);
    }

    private void moreChanged(Consumer<BoardFilter> onChange) {
        showMore(true);
        onChange.accept(filter());
    }

    void selectStep(String value) {
        step.setValue(value);
    }

    /** Filters from a link ({@code board?level=…&sla=…&branch=…}, e.g. from the dashboard); unknown values are ignored. */
    void selectFromLink(Map<String, String> query) {
        Optional.ofNullable(query.get("level")).filter(l -> List.of("WARNING", "MARGIN_CALL", "LIQUIDATION").contains(l))
                .ifPresent(level::setValue);
        Optional.ofNullable(query.get("sla")).flatMap(v -> Stream.of(SlaState.values())
                .filter(s -> s.name().equals(v)).findFirst()).ifPresent(sla::setValue);
        Optional.ofNullable(query.get("branch")).flatMap(v -> branch.getListDataView().getItems()
                .filter(b -> String.valueOf(b.id()).equals(v)).findFirst()).ifPresent(branch::setValue);
        Optional.ofNullable(query.get("step")).ifPresent(step::setValue);
    }

    BoardFilter filter() {
        boolean rangeOk = from.isEmpty() || to.isEmpty() || !to.getValue().isBefore(from.getValue());
        to.setInvalid(!rangeOk);
        to.setErrorMessage(rangeOk ? null : getTranslation("board.error.range"));
        return new BoardFilter(branch.isEmpty() ? null : branch.getValue().id(),
                advisor.isEmpty() ? null : advisor.getValue().id(), level.getValue(), step.getValue(), sla.getValue(),
                from.getValue(), rangeOk ? to.getValue() : null, version.getValue(), BoardFilter.DEFAULT.recentDays());
    }

    private <T> void setUp(Select<T> select, String id, String labelKey, List<T> items,
                           java.util.function.Function<T, String> label) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("filter.any"));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("filter.any") : label.apply(v));
        select.setWidth("10em");
    }
}
