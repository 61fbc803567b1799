package com.marginportal.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Every UI starts in the language the user chose last (cookie), Chinese otherwise; the page says so in its
 * {@code <html lang>} (screen readers, and the charts' month and day names, read it when the page loads).
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String COOKIE = "portal-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale locale = fromCookie(VaadinRequest.getCurrent()).orElse(PortalI18nProvider.CHINESE);
            init.getUI().setLocale(locale);
            init.getUI().getSession().setLocale(locale);
        });
        event.addIndexHtmlRequestListener(page -> page.getDocument().getElementsByTag("html").attr("lang",
                fromCookie(page.getVaadinRequest()).orElse(PortalI18nProvider.CHINESE).toLanguageTag()));
    }

    static Optional<Locale> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> PortalI18nProvider.supported(Locale.forLanguageTag(c.getValue())))
                .findFirst();
    }
}
