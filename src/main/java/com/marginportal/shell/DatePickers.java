package com.marginportal.shell;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Every date picker of the portal, made here: in the UI's language (the calendar's months, weekdays and buttons
 * are English unless told otherwise), writing dates as the portal shows them ("2026-12-08") and reading that or
 * "2026/12/8", weeks from Monday as the exchanges' are. ArchitectureTest keeps other code from making its own.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker of() {
        return localized(new DatePicker());
    }

    public static DatePicker of(String label) {
        return localized(new DatePicker(label));
    }

    private static DatePicker localized(DatePicker picker) {
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(list(picker.getTranslation("datePicker.months")))
                .setWeekdays(list(picker.getTranslation("datePicker.weekdays")))
                .setWeekdaysShort(list(picker.getTranslation("datePicker.weekdaysShort")))
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("datePicker.today"))
                .setCancel(picker.getTranslation("datePicker.cancel"))
                .setDateFormats("yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d"));
        // the calendar's month titles ("2026年12月", not "十二月 2026"): the Java API has no setting for their order,
        // the web component's i18n has (the connector keeps it when it applies the settings above)
        String title = picker.getTranslation("datePicker.title");
        picker.addAttachListener(attached -> picker.getElement().executeJs("""
                const title = $0;
                this.i18n = Object.assign({}, this.i18n, {
                    formatTitle: (month, year) => title.replace('{month}', month).replace('{year}', year)});""",
                title));
        return picker;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}
