package com.marginportal.administration;

import java.util.List;

import com.marginportal.security.UserAccount;
import com.marginportal.service.AdvisorServiceWork;

/** What an advisor's handover would move (shown before confirming) and to whom it may go. */
public record HandoverPreview(UserAccount leaver, long clients, long openCases, AdvisorServiceWork.Held serviceWork,
                              List<UserAccount> successors) {
}
