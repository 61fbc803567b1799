package com.marginportal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    @Test
    void acceptsKnownValidNumbers() {
        assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(ResidentIdNumber.isValid("440524188001010014")).isTrue();
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void rejectsWrongCheckCharacterFormatAndDate() {
        assertThat(ResidentIdNumber.isValid("110105194912310021")).isFalse();
        assertThat(ResidentIdNumber.isValid("11010519491231002x")).isFalse();
        assertThat(ResidentIdNumber.isValid("1101051949123100")).isFalse();
        assertThat(ResidentIdNumber.isValid(null)).isFalse();
        String feb30 = "11010519490230002";
        assertThat(ResidentIdNumber.isValid(feb30 + ResidentIdNumber.checkCharacter(feb30))).isFalse();
    }

    @Test
    void generatedNumbersAreValidAndCarryBirthDateAndGender() {
        LocalDate birth = LocalDate.of(1988, 2, 29);
        String male = ResidentIdNumber.generate("310115", birth, 123);
        String female = ResidentIdNumber.generate("510107", birth, 124);

        assertThat(male).hasSize(18).startsWith("31011519880229123");
        assertThat(ResidentIdNumber.isValid(male)).isTrue();
        assertThat(ResidentIdNumber.isValid(female)).isTrue();
        assertThat(ResidentIdNumber.birthDate(male)).isEqualTo(birth);
        assertThat(ResidentIdNumber.isMale(male)).isTrue();
        assertThat(ResidentIdNumber.isMale(female)).isFalse();
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> ResidentIdNumber.generate("31011", LocalDate.of(1990, 1, 1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResidentIdNumber.generate("310115", LocalDate.of(1990, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
