package com.marginportal.notification;

import java.time.Duration;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notice (subject, plain text, HTML) from the templates under {@code templates/notification/} in the
 * client's language. Plain Java: a standalone Thymeleaf engine, thread-safe, templates cached after first use.
 */
final class NoticeRenderer {

    private static final Duration DEFAULT_ACK_VALIDITY = Duration.ofDays(7);

    private final NoticeMessages messages = new NoticeMessages();
    private final TemplateEngine engine = engine(messages);
    private final Duration ackValidity;

    NoticeRenderer() {
        this(DEFAULT_ACK_VALIDITY);
    }

    /** @param ackValidity how long the acknowledgement link of a risk notice works, as the notice tells the client */
    NoticeRenderer(Duration ackValidity) {
        this.ackValidity = ackValidity;
    }

    RenderedNotice render(RiskNoticeRequest request) {
        NoticeLanguage language = NoticeLanguage.of(request.language());
        Map<String, Object> variables = new NoticeModel(messages, language).variables(request, ackValidity);
        Context context = new Context(language.locale(), variables);
        String name = request.type().template();
        return new RenderedNotice((String) variables.get("subject"),
                engine.process(name + ".txt", context), engine.process(name + ".html", context));
    }

    RenderedNotice render(PeriodicReportRequest request) {
        NoticeLanguage language = NoticeLanguage.of(request.language());
        Map<String, Object> variables = new ReportModel(messages, language).variables(request);
        Context context = new Context(language.locale(), variables);
        String name = NoticeType.PERIODIC_REPORT.template();
        return new RenderedNotice((String) variables.get("subject"),
                engine.process(name + ".txt", context), engine.process(name + ".html", context));
    }

    private static TemplateEngine engine(NoticeMessages messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(NoticeRenderer.class.getClassLoader());
        resolver.setPrefix("templates/notification/");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.getTextTemplateModePatternSpec().addPattern("*.txt");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new NoticeMessageResolver(messages));
        return engine;
    }
}
