package com.marginportal.importing;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentIdsTest {

    @Test
    void validatesTheGb11643CheckCharacter() {
        String valid = Fixtures.idNumber("310115", "19850312", "123");
        assertThat(ResidentIds.problem(valid)).isNull();
        assertThat(ResidentIds.problem("11010519491231002X")).isNull(); // the standard's own example
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        assertThat(ResidentIds.problem(valid.substring(0, 17) + wrong)).isEqualTo("fails the GB 11643 check digit");
        assertThat(ResidentIds.problem("31011519850230123X")).isEqualTo("does not contain a valid birth date");
        assertThat(ResidentIds.problem("3101151985")).isEqualTo("is not an 18-character resident ID number");
        assertThat(ResidentIds.birthDate(valid)).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(ResidentIds.gender(valid)).isEqualTo("M");
        assertThat(ResidentIds.gender("11010519491231002X")).isEqualTo("F");
    }
}
