package com.marginportal.notification;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The wording of notices: {@code templates/notification/messages.properties} (Chinese, the default) and
 * {@code messages_en.properties}. Patterns are {@link MessageFormat}s, so a literal apostrophe is written ''.
 */
final class NoticeMessages {

    private static final String BUNDLE = "templates/notification/messages";
    // never fall back to the JVM's default locale: the base bundle (Chinese) is the only fallback
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    Optional<String> find(NoticeLanguage language, String key, Object... args) {
        try {
            String pattern = bundle(language).getString(key);
            return Optional.of(new MessageFormat(pattern, language.locale()).format(args == null ? new Object[0] : args));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    String get(NoticeLanguage language, String key, Object... args) {
        return find(language, key, args).orElseThrow(
                () -> new IllegalStateException("missing notice message '" + key + "' (" + language.tag() + ")"));
    }

    /** The keys a language's own file defines (without the fallback), for completeness checks. */
    Set<String> ownKeys(NoticeLanguage language) {
        return Collections.unmodifiableSet(bundle(language).keySet());
    }

    private static ResourceBundle bundle(NoticeLanguage language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), NoticeMessages.class.getClassLoader(), CONTROL);
    }
}
