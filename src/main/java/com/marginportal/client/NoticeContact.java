package com.marginportal.client;

/**
 * What a system caller (the breach workflow) needs to write to a client about one credit account.
 *
 * @param email                 null when the client left no e-mail address
 * @param preferredLanguage     "zh-CN" or "en"
 * @param advisorId             null when the client has no advisor
 * @param maskedAccountNumber   the account number with all but its last four digits masked
 */
public record NoticeContact(long clientId, long accountId, String name, String email, String preferredLanguage,
                            long branchId, Long advisorId, String maskedAccountNumber) {

    static String mask(long accountId) {
        String digits = Long.toString(accountId);
        String tail = digits.substring(Math.max(0, digits.length() - 4));
        return "*".repeat(Math.max(4, digits.length() - tail.length())) + tail;
    }
}
