package com.marginportal.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;


import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every audit action and object the code records reads as words in both languages (not LOGIN, CLIENT_VIEWED). */
class AuditActionWordsTest {

    private static final Pattern RECORD = Pattern.compile(
            "\\.record(?:As)?\\((?:\"[^\"]*\",\\s*|[^\"]*?,\\s*)?\"([A-Z][A-Z_]+)\",\\s*\"([A-Z][A-Z_]+)\"");
    private static final Pattern TERNARY = Pattern.compile("\\? \"([A-Z][A-Z_]+)\"\\s*:\\s*\"([A-Z][A-Z_]+)\"");

    @Test
    void everyRecordedActionAndObjectHasWordsInBothLanguages() throws IOException {
        Set<String> actions = new HashSet<>(Set.of("TRADING_CALENDAR_REPLACED", "TRADING_CALENDAR_SEEDED",
                "RECOMMENDATION_CHANGED", "RECOMMENDATION_ACTIVATED", "RECOMMENDATION_DEACTIVATED"));
        Set<String> objects = new HashSet<>(Set.of("TRADING_CALENDAR_YEAR", "SERVICE_REQUEST"));
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher m = RECORD.matcher(code);
                while (m.find()) {
                    actions.add(m.group(1));
                    objects.add(m.group(2));
                }
                if (code.contains("auditLog.record") || code.contains("audit.record")) {
                    Matcher t = TERNARY.matcher(code);
                    while (t.find()) {
                        actions.add(t.group(1));
                        actions.add(t.group(2));
                    }
                }
            }
        }
        assertThat(actions).contains("LOGIN", "CLIENT_VIEWED", "ACCOUNT_LOCKED", "ADVISOR_HANDOVER", "USER_ENABLED",
                "CONTACT_PLANS_RUN"); // the last one recorded as the system: recordAs("system", …)
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
            assertThat(actions).allSatisfy(a -> assertThat(bundle.containsKey("audit.action." + a))
                    .as("audit.action.%s in %s", a, locale).isTrue());
            assertThat(objects).allSatisfy(o -> assertThat(bundle.containsKey("audit.entity." + o))
                    .as("audit.entity.%s in %s", o, locale).isTrue());
        }
    }

    @Test
    void everyRefusalOfAccountsAndSignInHasWordsInBothLanguages() {
        Set<String> keys = new HashSet<>();
        Stream.of(AccountChangeRejected.Problem.values()).forEach(p -> keys.add("accounts.rejected." + p.name()));
        Stream.of(PasswordPolicy.Problem.values()).forEach(p -> keys.add("password.problem." + p.name()));
        Stream.of(SignInRefused.Reason.values()).forEach(r -> keys.add(SignInRefused.messageKey(new SignInRefused(r, "x"))));
        Stream.of(com.marginportal.administration.HandoverRejected.Problem.values())
                .forEach(p -> keys.add("handover.rejected." + p.name()));
        keys.add(SignInRefused.messageKey(new org.springframework.security.authentication.DisabledException("x")));
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
            assertThat(keys).allSatisfy(k -> assertThat(bundle.containsKey(k)).as("%s in %s", k, locale).isTrue());
        }
    }
}
