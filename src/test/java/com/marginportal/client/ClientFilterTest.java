package com.marginportal.client;

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
}
