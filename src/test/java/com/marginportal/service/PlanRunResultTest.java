package com.marginportal.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanRunResultTest {

    @Test
    void aRunReadsInTheAuditLogInWords() {
        assertThat(new PlanRunResult(3, 7, 1, 2).auditDetails())
                .isEqualTo("3 plans: 7 tasks created, 1 fulfilled by contacts, 2 cancelled");
    }
}
