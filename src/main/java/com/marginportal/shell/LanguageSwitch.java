package com.marginportal.shell;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;

import jakarta.servlet.http.Cookie;

/** 中文 ⇄ English; remembered in a cookie so the login page and later visits keep it. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        addClassName("language-switch");
        setItems(PortalI18nProvider.CHINESE, PortalI18nProvider.ENGLISH);
        setItemLabelGenerator(l -> PortalI18nProvider.ENGLISH.equals(l) ? "English" : "中文");
        setAriaLabel("Language / 语言");
        setWidth("7.5em");
        addAttachListener(e -> setValue(PortalI18nProvider.supported(e.getUI().getLocale())));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchTo(e.getValue());
            }
        });
    }

    private void switchTo(Locale locale) {
        Cookie cookie = new Cookie(LocaleInitializer.COOKIE, locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        VaadinService.getCurrentResponse().addCookie(cookie);
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
