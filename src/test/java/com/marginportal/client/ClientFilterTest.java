package com.marginportal.client;

import com.marginportal.security.AuditText;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientFilterTest {

    @Test
    void blankValuesMeanNoFilter() {
        ClientFilter filter = new ClientFilter("  ", "", null, null);
        assertThat(filter.text()).isNull();
        assertThat(filter.phoneTail()).isNull();
    }

    @Test
    void digitsAreAlsoAClientNumber() {
        assertThat(ClientFilter.NONE.withText("10000001").textIsClientNumber()).isTrue();
        assertThat(ClientFilter.NONE.withText("张伟").textIsClientNumber()).isFalse();
    }

    @Test
    void phoneTailMustBeFourDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> ClientFilter.NONE.withPhoneTail("12a4"))
                .withMessageContaining("phoneTail");
        assertThat(ClientFilter.NONE.withPhoneTail("0420").phoneTail()).isEqualTo("0420");
    }

    @Test
    void segmentsAreCodesKeptInDimensionOrderAndDescribedForTheAudit() {
        ClientFilter filter = ClientFilter.NONE.withBranch(1L).withSegment("RISK_LEVEL", "HIGH")
                .withSegment("ASSET_SCALE", "ORDINARY").withSuitabilityIssuesOnly(true);
        assertThat(filter.segments()).containsExactly(java.util.Map.entry("ASSET_SCALE", "ORDINARY"),
                java.util.Map.entry("RISK_LEVEL", "HIGH"));
        assertThat(filter.describe()).isEqualTo("branch=1, ASSET_SCALE=ORDINARY, RISK_LEVEL=HIGH, suitabilityIssuesOnly");
        assertThat(filter.withSegment("RISK_LEVEL", null).segments()).containsOnlyKeys("ASSET_SCALE");
        assertThat(ClientFilter.NONE.describe()).isEqualTo("none");
        assertThat(AuditText.of("clientsExported", 3, filter.auditFields()).english()).isEqualTo("3 clients; filter: "
                + "Branch no.: 1; Asset scale: Ordinary; Risk level: High risk; Suitability issues only: Yes");
        assertThat(AuditText.of("clientsExported", 3, ClientFilter.NONE.auditFields()).english())
                .isEqualTo("3 clients; filter: none");
        assertThatIllegalArgumentException().isThrownBy(() -> ClientFilter.NONE.withSegment("RISK_LEVEL", "x' OR 1=1"));
        assertThatIllegalArgumentException().isThrownBy(() -> ClientFilter.NONE.withSegment("risk", "HIGH"));
    }
}
