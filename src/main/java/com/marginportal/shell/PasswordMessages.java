package com.marginportal.shell;

import java.util.stream.Collectors;

import com.marginportal.security.PasswordPolicy;
import com.marginportal.security.PasswordRejected;
import com.vaadin.flow.component.Component;

/** A rejected password in words: what is wrong, then the rule itself. */
public final class PasswordMessages {

    private PasswordMessages() {
    }

    public static String of(Component where, PasswordRejected rejected) {
        String problems = rejected.problems().stream()
                .map(p -> where.getTranslation("password.problem." + p.name()))
                .collect(Collectors.joining(where.getTranslation("list.separator")));
        return where.getTranslation("password.rejected", problems, where.getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
    }
}
