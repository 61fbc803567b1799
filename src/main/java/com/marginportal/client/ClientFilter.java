package com.marginportal.client;

/**
 * Client list filter. {@code text} matches a name (contains) or, when all digits, a client number (exact);
 * {@code phoneTail} the last four digits of the phone.
 */
public record ClientFilter(String text, String phoneTail, Long branchId, Long advisorId) {

    public static final ClientFilter NONE = new ClientFilter(null, null, null, null);

    public ClientFilter {
        text = blankToNull(text);
        phoneTail = blankToNull(phoneTail);
        if (phoneTail != null && !phoneTail.matches("\\d{4}")) {
            throw new IllegalArgumentException("phoneTail must be exactly four digits");
        }
    }

    public ClientFilter withText(String value) {
        return new ClientFilter(value, phoneTail, branchId, advisorId);
    }

    public ClientFilter withPhoneTail(String value) {
        return new ClientFilter(text, value, branchId, advisorId);
    }

    public ClientFilter withBranch(Long value) {
        return new ClientFilter(text, phoneTail, value, advisorId);
    }

    public ClientFilter withAdvisor(Long value) {
        return new ClientFilter(text, phoneTail, branchId, value);
    }

    boolean textIsClientNumber() {
        return text != null && text.matches("\\d{1,18}");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
