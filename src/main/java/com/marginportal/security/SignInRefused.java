package com.marginportal.security;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A sign-in refused for a reason the login page explains (besides a wrong password): the account is locked
 * after repeated failures, the address made too many failed attempts, a service account tried the login form;
 * with directory sign-in: the directory accepted the password but the user is in none of the mapped groups or has
 * no (open) branch, or a directory account tried its (non-existent) local password.
 */
public class SignInRefused extends AccountStatusException {

    /** Session attribute: the name of the last failed sign-in, for the login page to fill in again. */
    public static final String FAILED_NAME_ATTRIBUTE = SignInRefused.class.getName() + ".name";
    /** Longest name kept (user names are shorter; anything longer is not worth showing back). */
    public static final int MAX_REMEMBERED_NAME = 64;

    public enum Reason { ACCOUNT_LOCKED, ADDRESS_THROTTLED, SERVICE_ACCOUNT, NO_DIRECTORY_GROUP, NO_DIRECTORY_BRANCH, DIRECTORY_ACCOUNT }

    private final Reason reason;

    SignInRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The i18n key of the login page's message for a failed sign-in (whatever the exception). */
    public static String messageKey(Throwable failure) {
        if (failure instanceof SignInRefused refused) {
            return "login.refused." + refused.reason().name();
        }
        if (failure instanceof org.springframework.security.authentication.DisabledException) {
            return "login.refused.DISABLED";
        }
        return "login.error.message";
    }
}
