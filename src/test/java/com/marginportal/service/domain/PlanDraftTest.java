package com.marginportal.service.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.marginportal.classification.domain.Dimension;

import org.junit.jupiter.api.Test;

/** The audit log reads a plan in words, not as the record's toString ("PlanDraft[name=…"). */
class PlanDraftTest {

    @Test
    void aPlanReadsInTheAuditLogByItsFieldsWithoutTheClassName() {
        PlanDraft plan = new PlanDraft("高风险客户周度沟通", Dimension.RISK_LEVEL, "HIGH", new BigDecimal("1.50"), 7, true);
        assertThat(plan.auditText()).isEqualTo("\"高风险客户周度沟通\": RISK_LEVEL=HIGH, ratio below 150%, every 7 days");
        assertThat(new PlanDraft("月度", Dimension.RISK_LEVEL, "HIGH", null, 30, false).auditText())
                .isEqualTo("\"月度\": RISK_LEVEL=HIGH, every 30 days, inactive");
    }
}
