package com.marginportal.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * 18-digit resident identity number of the PRC (GB 11643-1999): 6-digit region code (GB/T 2260),
 * birth date yyyyMMdd, 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private ResidentIdNumber() {
    }

    /** Builds a valid number; {@code sequence} 1..999, its parity decides the gender the number encodes. */
    public static String generate(String regionCode, LocalDate birthDate, int sequence) {
        if (regionCode == null || !regionCode.matches("[1-9]\\d{5}")) {
            throw new IllegalArgumentException("region code must be 6 digits, was " + regionCode);
        }
        if (sequence < 1 || sequence > 999) {
            throw new IllegalArgumentException("sequence must be within 1..999, was " + sequence);
        }
        String body = regionCode + BIRTH_DATE.format(birthDate) + String.format("%03d", sequence);
        return body + checkCharacter(body);
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17Digits) {
        if (first17Digits == null || !first17Digits.matches("\\d{17}")) {
            throw new IllegalArgumentException("expected 17 digits, was " + first17Digits);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** Format, a real calendar birth date and the check character (an upper-case X only). */
    public static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate.parse(number.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeParseException e) {
            return false;
        }
        return checkCharacter(number.substring(0, 17)) == number.charAt(17);
    }

    public static LocalDate birthDate(String number) {
        return LocalDate.parse(number.substring(6, 14), BIRTH_DATE);
    }

    /** The 17th digit is odd for men. */
    public static boolean isMale(String number) {
        return (number.charAt(16) - '0') % 2 == 1;
    }
}
