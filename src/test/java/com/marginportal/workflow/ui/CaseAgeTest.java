package com.marginportal.workflow.ui;

import java.time.Duration;
import java.util.Locale;

import com.marginportal.shell.PortalI18nProvider;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The board's age column: the two largest units that say something, in the reader's language. */
class CaseAgeTest {

    private final PortalI18nProvider i18n = new PortalI18nProvider();

    private String age(Duration age, Locale locale) {
        return CaseAge.text(age, (key, params) -> i18n.getTranslation(key, locale, params));
    }

    @Test
    void minutesAloneWhileUnderAnHour() {
        assertThat(age(Duration.ofMinutes(2).plusSeconds(40), PortalI18nProvider.CHINESE)).isEqualTo("2分钟");
        assertThat(age(Duration.ofMinutes(2), Locale.ENGLISH)).isEqualTo("2m");
        assertThat(age(Duration.ofSeconds(-5), Locale.ENGLISH)).as("a clock a little behind").isEqualTo("0m");
    }

    @Test
    void hoursAndMinutesWithinADay() {
        assertThat(age(Duration.ofHours(3).plusMinutes(5), PortalI18nProvider.CHINESE)).isEqualTo("3小时5分钟");
        assertThat(age(Duration.ofHours(23).plusMinutes(59), Locale.ENGLISH)).isEqualTo("23h 59m");
    }

    @Test
    void daysAndHoursAfterThat() {
        assertThat(age(Duration.ofDays(2).plusHours(3).plusMinutes(59), PortalI18nProvider.CHINESE)).isEqualTo("2天3小时");
        assertThat(age(Duration.ofDays(40), Locale.ENGLISH)).isEqualTo("40d 0h");
    }
}
