package com.marginportal.importing.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The import service reports reasons in English (the API's integrators read them); the upload view shows
 * the common ones in the user's language, keeping the figures. Unknown reasons are shown as they are.
 */
final class RowErrorText {

    private record Rule(Pattern pattern, String key) {
    }

    private static final List<Rule> RULES = List.of(
            rule("a value is required", "importError.required"),
            rule("is not a decimal number", "importError.decimal"),
            rule("is not a whole number", "importError.whole"),
            rule("is not a date \\(use yyyy-MM-dd\\)", "importError.date"),
            rule("is not a date and time \\(use yyyy-MM-dd HH:mm:ss\\)", "importError.dateTime"),
            rule("is not in the securities master", "importError.unknownSecurity"),
            rule("is not a known credit account", "importError.unknownAccount"),
            rule("is not a known branch code", "importError.unknownBranch"),
            rule("is not a known user", "importError.unknownUser"),
            rule("is not an advisor of branch (.+)", "importError.notAdvisorOfBranch"),
            rule("moves the client to branch (.+): name an advisor of that branch", "importError.movedWithoutAdvisor"),
            rule("is not an advisor", "importError.notAdvisor"),
            rule("(?:.* )?appears? twice in the file \\(also row (\\d+)\\)", "importError.duplicate"),
            rule("is longer than (\\d+) characters", "importError.tooLong"),
            rule("must be at least (.+)", "importError.atLeast"),
            rule("must be at most (.+)", "importError.atMost"),
            rule("must be greater than (.+)", "importError.greaterThan"),
            rule("is not one of (.+)", "importError.oneOf"),
            rule("exceeds the cap of (.+)", "importError.cap"),
            rule("is not an e-mail address", "importError.email"),
            rule("is not an 18-character resident ID number", "importError.idNumber"),
            rule("is a weekend day.*", "importError.weekend"));

    private RowErrorText() {
    }

    /** @param translate the view's getTranslation(key, args) */
    static String of(String reason, BiFunction<String, Object[], String> translate) {
        if (reason == null) {
            return "";
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(reason);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return translate.apply(rule.key(), args);
            }
        }
        return reason;
    }

    private static Rule rule(String regex, String key) {
        return new Rule(Pattern.compile(regex), key);
    }
}
