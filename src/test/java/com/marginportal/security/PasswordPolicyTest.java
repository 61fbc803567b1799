package com.marginportal.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import static com.marginportal.security.PasswordPolicy.Problem.CONTAINS_LOGIN;
import static com.marginportal.security.PasswordPolicy.Problem.TOO_FEW_CLASSES;
import static com.marginportal.security.PasswordPolicy.Problem.TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @Test
    void tenCharactersOfThreeClassesWithoutTheLoginPass() {
        assertThat(PasswordPolicy.check("advisor1", "Margin2026x")).isEmpty();
        assertThat(PasswordPolicy.check("advisor1", "margin-2026")).as("lower, digit, symbol").isEmpty();
        assertThat(PasswordPolicy.check("advisor1", "两融风控Ab1234")).as("CJK counts as a symbol class").isEmpty();
    }

    @Test
    void eachBrokenRuleIsNamed() {
        assertThat(PasswordPolicy.check("advisor1", "Ab1!")).containsExactly(TOO_SHORT);
        assertThat(PasswordPolicy.check("advisor1", "demo123demo123")).containsExactly(TOO_FEW_CLASSES);
        assertThat(PasswordPolicy.check("advisor1", "demo123")).containsExactly(TOO_SHORT, TOO_FEW_CLASSES);
        assertThat(PasswordPolicy.check("advisor1", "xADVISOR1-2026")).containsExactly(CONTAINS_LOGIN);
        assertThat(PasswordPolicy.check("x", null)).contains(TOO_SHORT, TOO_FEW_CLASSES);
    }

    @Test
    void requireThrowsWithTheProblems() {
        assertThatThrownBy(() -> PasswordPolicy.require("admin", "admin12345"))
                .isInstanceOfSatisfying(PasswordRejected.class,
                        e -> assertThat(e.problems()).isEqualTo(List.of(TOO_FEW_CLASSES, CONTAINS_LOGIN)));
    }
}
