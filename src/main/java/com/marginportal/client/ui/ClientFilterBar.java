package com.marginportal.client.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.marginportal.client.ClientFilter;
import com.marginportal.security.BranchInfo;
import com.marginportal.security.UserAccount;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Filters of the client list; holds no services, reports every valid change to its listener. */
class ClientFilterBar extends HorizontalLayout {

    private final TextField text = new TextField();
    private final TextField phoneTail = new TextField();
    private final ComboBox<BranchInfo> branch = new ComboBox<>();
    private final ComboBox<UserAccount> advisor = new ComboBox<>();
    private final List<BranchInfo> branches;
    private final List<UserAccount> advisors;
    private final Consumer<ClientFilter> listener;
    private boolean showing;

    ClientFilterBar(List<BranchInfo> branches, List<UserAccount> advisors, Consumer<ClientFilter> listener) {
        this.branches = branches;
        this.advisors = advisors;
        this.listener = listener;
        addClassName("filter-bar");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);

        text.setId("filter-text");
        text.setPlaceholder(getTranslation("clients.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("18em");

        phoneTail.setId("filter-phone");
        phoneTail.setPlaceholder(getTranslation("clients.filter.phoneTail"));
        phoneTail.setAllowedCharPattern("[0-9]");
        phoneTail.setMaxLength(4);
        phoneTail.setClearButtonVisible(true);
        phoneTail.setValueChangeMode(ValueChangeMode.LAZY);
        phoneTail.setWidth("9em");

        branch.setId("filter-branch");
        branch.setPlaceholder(getTranslation("clients.filter.branch"));
        branch.setItems(branches);
        branch.setItemLabelGenerator(BranchInfo::name);
        branch.setClearButtonVisible(true);
        branch.setVisible(branches.size() > 1);

        advisor.setId("filter-advisor");
        advisor.setPlaceholder(getTranslation("clients.filter.advisor"));
        advisor.setItems(advisors);
        advisor.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
        advisor.setClearButtonVisible(true);
        advisor.setVisible(advisors.size() > 1);

        text.addValueChangeListener(e -> fire());
        phoneTail.addValueChangeListener(e -> fire());
        branch.addValueChangeListener(e -> fire());
        advisor.addValueChangeListener(e -> fire());
        add(text, phoneTail, branch, advisor);
    }

    /**
     * Shows a filter (from the URL) without reporting it back; a branch or advisor the user cannot choose is
     * dropped. @return the part of the filter this bar holds, as shown
     */
    ClientFilter show(ClientFilter filter) {
        showing = true;
        try {
            text.setValue(filter.text() == null ? "" : filter.text());
            phoneTail.clear();
            branch.setValue(branches.stream().filter(b -> Objects.equals(b.id(), filter.branchId())).findFirst().orElse(null));
            advisor.setValue(advisors.stream().filter(a -> Objects.equals(a.id(), filter.advisorId())).findFirst().orElse(null));
        } finally {
            showing = false;
        }
        return current();
    }

    private void fire() {
        if (showing) {
            return;
        }
        String tail = phoneTail.getValue();
        boolean tailValid = tail.isEmpty() || tail.matches("\\d{4}");
        phoneTail.setInvalid(!tailValid);
        phoneTail.setErrorMessage(tailValid ? null : getTranslation("clients.filter.phoneTail.invalid"));
        if (!tailValid) {
            return;
        }
        listener.accept(current());
    }

    private ClientFilter current() {
        return new ClientFilter(text.getValue(), phoneTail.getValue(),
                branch.getValue() == null ? null : branch.getValue().id(),
                advisor.getValue() == null ? null : advisor.getValue().id());
    }
}
