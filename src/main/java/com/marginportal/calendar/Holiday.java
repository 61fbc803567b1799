package com.marginportal.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One exchange closure on a weekday. The name fits the database column (60 characters). */
public record Holiday(LocalDate date, String name) {

    static final int MAX_NAME = 60;

    public Holiday {
        Objects.requireNonNull(date, "holiday date");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("holiday " + date + " needs a name");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("holiday " + date + ": name longer than " + MAX_NAME + " characters");
        }
    }
}
