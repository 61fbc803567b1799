package com.marginportal.workflow;

import java.time.LocalDate;
import java.util.Objects;

import com.marginportal.security.PlainText;

/** What an advisor records on a "contact client" task. */
public record ContactForm(Channel channel, boolean reached, Plan plan, LocalDate promisedDate, String note) {

    public enum Channel { PHONE, SMS, EMAIL, IN_PERSON }

    public enum Plan { TOP_UP_CASH, DEPOSIT_SECURITIES, REDUCE_POSITION, DISPUTE, NO_ANSWER }

    public ContactForm {
        Objects.requireNonNull(channel, "channel");
        plan = plan == null && !reached ? Plan.NO_ANSWER : plan;
        if (reached && plan == null) {
            throw new IllegalArgumentException("a client who was reached states a plan");
        }
        PlainText.requireMultiLine("note", note);
        if (note != null && note.length() > 1000) {
            throw new IllegalArgumentException("note is longer than 1000 characters");
        }
    }
}
