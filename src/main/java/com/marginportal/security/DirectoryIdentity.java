package com.marginportal.security;

import java.util.List;

/**
 * Who the directory says a user is, after a successful bind: the portal login (lower case), name and e-mail from
 * the user's entry, the portal role of the user's mapped groups (null: in none of them), the branch codes found
 * (from an attribute or branch groups; an advisor or manager needs exactly one), and the groups for the audit log.
 */
public record DirectoryIdentity(String username, String displayName, String email, Role role,
                                List<String> branchCodes, List<String> groups) {

    public DirectoryIdentity {
        branchCodes = List.copyOf(branchCodes);
        groups = List.copyOf(groups);
    }
}
