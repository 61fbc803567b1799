package com.marginportal.workflow.ui;

import java.time.Duration;
import java.util.function.BiFunction;

/**
 * How long a case has been open, as the board shows it: the two largest units that say something ("2d 3h", "3h 5m",
 * "12m"), not "0d 0h 12m", which wrapped in the board's column and hid the figure that mattered.
 */
final class CaseAge {

    private CaseAge() {
    }

    /** {@code translate} is the view's getTranslation (key, parameters). */
    static String text(Duration age, BiFunction<String, Object[], String> translate) {
        Duration positive = age.isNegative() ? Duration.ZERO : age;
        if (positive.toDays() > 0) {
            return translate.apply("board.age.days", new Object[] {positive.toDays(), positive.toHoursPart()});
        }
        if (positive.toHours() > 0) {
            return translate.apply("board.age.hours", new Object[] {positive.toHours(), positive.toMinutesPart()});
        }
        return translate.apply("board.age.minutes", new Object[] {positive.toMinutes()});
    }
}
