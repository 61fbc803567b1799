package com.marginportal.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System API (no logged-in user, hence no {@code @PreAuthorize}): staff contact data for processes the system
 * runs on its own (the breach workflow assigns tasks and names the advisor in notices). Never expose it to views.
 * Read as projections of the users' repository: no account is loaded, so none can be changed through here.
 */
@Service
@Transactional(readOnly = true)
public class StaffContacts {

    private final AppUserRepository users;
    private final BranchRepository branches;

    StaffContacts(AppUserRepository users, BranchRepository branches) {
        this.users = users;
        this.branches = branches;
    }

    /** Branch names by id (closed branches too: a task offered to a branch's group stays named). */
    public Map<Long, String> branchNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        branches.findAllById(ids).forEach(b -> names.put(b.toInfo().id(), b.toInfo().name()));
        return names;
    }

    public Optional<StaffContact> byId(long userId) {
        return users.findContactByIdAndEnabledTrue(userId);
    }

    /** Display names by user name, disabled users included (who acted on a case stays named); unknown ones left out. */
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        users.findNameByUsernameIn(usernames).forEach(n -> names.put(n.username(), n.displayName()));
        return names;
    }
}
