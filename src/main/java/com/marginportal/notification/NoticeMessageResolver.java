package com.marginportal.notification;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Lets templates use #{key(args)} from the notice bundles; a missing key fails rendering instead of printing ??key??. */
final class NoticeMessageResolver extends AbstractMessageResolver {

    private final NoticeMessages messages;

    NoticeMessageResolver(NoticeMessages messages) {
        this.messages = messages;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return messages.find(NoticeLanguage.of(context.getLocale()), key, messageParameters).orElse(null);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] messageParameters) {
        throw new IllegalStateException("missing notice message '" + key + "' for " + context.getLocale());
    }
}
