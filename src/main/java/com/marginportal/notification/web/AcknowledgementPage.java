package com.marginportal.notification.web;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.marginportal.notification.Acknowledgement;
import com.marginportal.notification.AcknowledgeableNotice;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the acknowledgement page ({@code templates/ack/page.html}) with the portal's UI texts
 * ({@code i18n/messages_*.properties}, keys {@code ack.page.*}): in the notice's language, or — when the token
 * is bad and no notice may be named — in both languages. Times in Asia/Shanghai.
 */
@Component
class AcknowledgementPage {

    private static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final TemplateEngine engine = engine();

    String notice(AcknowledgeableNotice notice) {
        Locale locale = locale(notice.language());
        return render(locale, Map.of("state", "notice", "subject", notice.subject(),
                "paragraphs", List.of(notice.text().split("\\n\\s*\\n")),
                "account", text(locale, "ack.page.account", notice.maskedAccountNumber())));
    }

    String done(Acknowledgement acknowledgement) {
        return confirmation(acknowledgement, "ack.page.done");
    }

    /** The link opened again after the click: the confirmation stands, nothing more to do. */
    String already(Acknowledgement acknowledgement) {
        return confirmation(acknowledgement, "ack.page.already");
    }

    private String confirmation(Acknowledgement acknowledgement, String key) {
        Locale locale = locale(acknowledgement.language());
        String when = DateTimeFormatter.ofPattern(text(locale, "ack.page.dateTimePattern"), locale)
                .format(acknowledgement.acknowledgedAt().atZone(MARKET_ZONE)) + text(locale, "ack.page.zone");
        return render(locale, Map.of("state", "done", "confirmation", text(locale, key, when)));
    }

    /** The one page for every bad link: the same words whatever went wrong, Chinese and English. */
    String invalid() {
        return bilingual("invalid", "ack.page.invalid");
    }

    String unavailable() {
        return bilingual("unavailable", "ack.page.unavailable");
    }

    private String bilingual(String state, String key) {
        return render(CHINESE, Map.of("state", state, "messages", List.of(
                Map.of("lang", "zh-CN", "text", text(CHINESE, key), "hint", text(CHINESE, "ack.page.contact")),
                Map.of("lang", "en", "text", text(Locale.ENGLISH, key), "hint", text(Locale.ENGLISH, "ack.page.contact")))));
    }

    private String render(Locale locale, Map<String, Object> variables) {
        Context context = new Context(locale, variables);
        context.setVariable("lang", Locale.ENGLISH.equals(locale) ? "en" : "zh-CN");
        context.setVariable("t", texts(locale));
        return engine.process("page", context);
    }

    private static Locale locale(String languageTag) {
        return languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : CHINESE;
    }

    static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle("i18n.messages", locale,
                    AcknowledgementPage.class.getClassLoader(), NO_FALLBACK).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing UI text " + key + " (" + locale + ")", e);
        }
    }

    /** The page's fixed texts in one language, for the template: ${t['ack.page.title']}. */
    private static Map<String, String> texts(Locale locale) {
        return Map.of("ack.page.title", text(locale, "ack.page.title"), "ack.page.hint", text(locale, "ack.page.hint"),
                "ack.page.button", text(locale, "ack.page.button"), "ack.page.contact", text(locale, "ack.page.contact"));
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(AcknowledgementPage.class.getClassLoader());
        resolver.setPrefix("templates/ack/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
