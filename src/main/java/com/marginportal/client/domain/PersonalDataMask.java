package com.marginportal.client.domain;

/** Masks personal data for display: enough to recognise, not enough to misuse. */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    /** 18-digit ID number: first 3 and last 4 characters stay ("110***********002X"). */
    public static String idNumber(String id) {
        return keep(id, 3, 4);
    }

    /** Mobile phone: first 3 and last 4 digits stay ("138****5678"). */
    public static String phone(String phone) {
        return keep(phone, 3, 4);
    }

    /** E-mail: first character of the local part and the domain stay ("z***@example.com"). */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return keep(email, 1, 0);
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** Account number: last 4 digits stay ("********1234"). */
    public static String accountNumber(String number) {
        return keep(number, 0, 4);
    }

    private static String keep(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
