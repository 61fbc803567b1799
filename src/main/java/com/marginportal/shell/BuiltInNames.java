package com.marginportal.shell;

import com.vaadin.flow.component.Component;

/**
 * A stored name as users read it: a built-in one (seeded with a message key, such as the line profiles 默认 / Default
 * and 高风险 / High risk) in the view's language; one a user typed, as typed. Every view that shows such a name asks
 * here, so the same record is named the same way everywhere.
 */
public final class BuiltInNames {

    private BuiltInNames() {
    }

    /**
     * @param key   the message key of a built-in name; null for a name a user typed
     * @param typed the stored name (shown when there is no key)
     */
    public static String of(Component c, String key, String typed) {
        return key == null || key.isBlank() ? typed : c.getTranslation(key);
    }
}
