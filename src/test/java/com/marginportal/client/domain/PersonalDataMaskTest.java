package com.marginportal.client.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataMaskTest {

    @Test
    void idNumberKeepsFirstThreeAndLastFour() {
        assertThat(PersonalDataMask.idNumber("11010519491231002X")).isEqualTo("110***********002X");
    }

    @Test
    void phoneKeepsPrefixAndTail() {
        assertThat(PersonalDataMask.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void emailKeepsFirstLetterAndDomain() {
        assertThat(PersonalDataMask.email("zhangwei@example.com")).isEqualTo("z***@example.com");
        assertThat(PersonalDataMask.email(null)).isEmpty();
    }

    @Test
    void shortOrMissingValuesRevealNothing() {
        assertThat(PersonalDataMask.phone("1234")).isEqualTo("****");
        assertThat(PersonalDataMask.idNumber(null)).isEmpty();
    }
}
