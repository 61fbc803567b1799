package com.marginportal.shell;

import java.util.Comparator;
import java.util.List;

import com.marginportal.security.CurrentUser;
import com.marginportal.security.PortalUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** The shell: side navigation (only the views the user may open), user and role, language, logout. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AccessAnnotationChecker access;
    private final transient AuthenticationContext authentication;

    public MainLayout(AccessAnnotationChecker access, AuthenticationContext authentication, CurrentUser currentUser,
                      List<MenuEntry> menu, List<HeaderItem> headerItems) {
        this.access = access;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation(menu));
        addToNavbar(new DrawerToggle(), header(currentUser.require(), headerItems));
    }

    private Component brand() {
        Span brand = new Span(getTranslation("app.title"));
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation(List<MenuEntry> menu) {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        menu.stream().sorted(Comparator.comparingInt(MenuEntry::order))
                .filter(entry -> access.hasAccess(entry.view()))
                .forEach(entry -> nav.addItem(
                        new SideNavItem(getTranslation(entry.labelKey()), entry.view(), entry.icon().create())));
        return nav;
    }

    private Component header(PortalUser user, List<HeaderItem> items) {
        Span name = new Span(user.displayName());
        name.addClassName("current-user");
        Span role = new Span(getTranslation("role." + user.role().name()));
        role.addClassNames("badge", "role-badge");
        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        HorizontalLayout bar = new HorizontalLayout();
        items.stream().sorted(Comparator.comparingInt(HeaderItem::order)).map(i -> i.factory().get()).forEach(bar::add);
        bar.add(name, role, new LanguageSwitch(), logout);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("header-bar");
        bar.setWidthFull();
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        return bar;
    }
}
