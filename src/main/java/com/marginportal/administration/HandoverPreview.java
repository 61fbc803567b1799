package com.marginportal.administration;

import java.util.List;

import com.marginportal.security.UserAccount;

/** What an advisor's handover would move (shown before confirming) and to whom it may go. */
public record HandoverPreview(UserAccount leaver, long clients, long openCases, List<UserAccount> successors) {
}
