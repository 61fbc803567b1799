package com.marginportal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rule every password set or reset in the portal must meet: at least 10 characters, at least three of the
 * four classes (lower-case, upper-case, digits, other characters) and not containing the login name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MIN_CLASSES = 3;

    public enum Problem { TOO_SHORT, TOO_FEW_CLASSES, CONTAINS_LOGIN, SAME_AS_CURRENT }

    private PasswordPolicy() {
    }

    /** What is wrong with the password; empty when it is acceptable. */
    public static List<Problem> check(String username, String password) {
        List<Problem> problems = new ArrayList<>();
        String p = password == null ? "" : password;
        if (p.codePointCount(0, p.length()) < MIN_LENGTH) {
            problems.add(Problem.TOO_SHORT);
        }
        if (classes(p) < MIN_CLASSES) {
            problems.add(Problem.TOO_FEW_CLASSES);
        }
        if (username != null && !username.isBlank()
                && p.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add(Problem.CONTAINS_LOGIN);
        }
        return problems;
    }

    /** @throws PasswordRejected when the password breaks the rule */
    public static void require(String username, String password) {
        List<Problem> problems = check(username, password);
        if (!problems.isEmpty()) {
            throw new PasswordRejected(problems);
        }
    }

    private static int classes(String p) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < p.length(); ) {
            int c = p.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
