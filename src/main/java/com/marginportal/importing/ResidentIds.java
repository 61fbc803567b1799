package com.marginportal.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * PRC resident identity numbers (GB 11643-1999): 6-digit region, birth date yyyyMMdd, 3-digit sequence
 * (odd for men) and an ISO 7064 MOD 11-2 check character. Own copy: importing does not depend on demo code.
 */
final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private ResidentIds() {
    }

    /** Why the number is invalid, or null when it is valid. Expects upper-case X. */
    static String problem(String number) {
        if (!number.matches("\\d{17}[\\dX]")) {
            return "is not an 18-character resident ID number";
        }
        if (birthDate(number) == null) {
            return "does not contain a valid birth date";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == number.charAt(17) ? null : "fails the GB 11643 check digit";
    }

    static LocalDate birthDate(String number) {
        try {
            return LocalDate.parse(number.substring(6, 14), BIRTH);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** M or F, from the parity of the 17th digit. */
    static String gender(String number) {
        return (number.charAt(16) - '0') % 2 == 1 ? "M" : "F";
    }
}
