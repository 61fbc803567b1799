package com.marginportal.notification;

import java.util.Locale;

/** Languages notices are written in; Chinese unless the client asked for English. */
enum NoticeLanguage {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    NoticeLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    String tag() {
        return tag;
    }

    Locale locale() {
        return locale;
    }

    /** "en", "en-US", "EN_gb" → English; anything else (null, "zh-CN", an unsupported language) → Chinese. */
    static NoticeLanguage of(String tag) {
        return tag != null && tag.trim().toLowerCase(Locale.ROOT).matches("en([-_].*)?") ? EN : ZH_CN;
    }

    static NoticeLanguage of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : ZH_CN;
    }
}
