package com.marginportal.calendar.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.marginportal.calendar.ProvisionalYears;
import com.marginportal.calendar.TradingCalendarService;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.Role;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

/**
 * In the header of managers and admins, on every page: a year a deadline may soon reach has no exchange holiday
 * list, so deadlines counted into it may be false. Admins, who import the list, are led to the import page; the
 * badge is gone at the next page once the list is in.
 */
class ProvisionalCalendarBadge extends Composite<HtmlContainer> implements AfterNavigationObserver {

    static final String IMPORT_ROUTE = "admin/imports?kind=holidays";

    private final transient TradingCalendarService calendars;
    private final boolean admin;
    private final boolean concerned;
    private final Span text = new Span();
    private final Tooltip tooltip;

    ProvisionalCalendarBadge(TradingCalendarService calendars, CurrentUser currentUser) {
        this.calendars = calendars;
        Role role = currentUser.require().role();
        this.admin = role == Role.ADMIN;
        this.concerned = admin || role == Role.MANAGER;
        Icon icon = VaadinIcon.WARNING.create();
        icon.setSize("var(--lumo-icon-size-s)");
        getContent().add(icon, text);
        getContent().setId("calendar-provisional");
        getContent().addClassNames("badge", "ratio-warning");
        tooltip = Tooltip.forComponent(getContent());
        getContent().setVisible(false);
    }

    /** A link for admins; for managers text (an anchor without a link would be shown as disabled). */
    @Override
    protected HtmlContainer initContent() {
        return admin ? new Anchor(IMPORT_ROUTE, "") : new Span();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        ProvisionalYears provisional = concerned ? calendars.provisionalYears() : new ProvisionalYears(List.of());
        getContent().setVisible(provisional.any());
        if (provisional.any()) {
            String years = provisional.years().stream().map(String::valueOf).collect(Collectors.joining("/"));
            text.setText(" " + getTranslation("calendar.provisional.badge", years));
            tooltip.setText(getTranslation("calendar.provisional.explained", years) + " "
                    + getTranslation(admin ? "calendar.provisional.admin" : "calendar.provisional.manager"));
        }
    }
}
