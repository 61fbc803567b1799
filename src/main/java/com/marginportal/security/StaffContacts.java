package com.marginportal.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System API (no logged-in user, hence no {@code @PreAuthorize}): staff contact data for processes the system
 * runs on its own (the breach workflow assigns tasks and names the advisor in notices). Never expose it to views.
 * Read as projections of the users' repository: no account is loaded, so none can be changed through here.
 * <p>
 * JdbcClient, not JPA: {@link #byId} is read once per notice written, thousands of times in a crash-day burst; as a
 * derived query it cost 7.5 % of the start lanes' CPU in the profile (Hibernate built the query each time), as one
 * primary-key SELECT almost nothing (issue 14).
 */
@Service
@Transactional(readOnly = true)
public class StaffContacts {

    private final AppUserRepository users;
    private final BranchRepository branches;
    private final JdbcClient jdbc;

    StaffContacts(AppUserRepository users, BranchRepository branches, JdbcClient jdbc) {
        this.users = users;
        this.branches = branches;
        this.jdbc = jdbc;
    }

    /** Branch names by id (closed branches too: a task offered to a branch's group stays named). */
    public Map<Long, String> branchNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        branches.findAllById(ids).forEach(b -> names.put(b.toInfo().id(), b.toInfo().name()));
        return names;
    }

    /** An enabled user's contact; empty for an unknown or disabled one. */
    public Optional<StaffContact> byId(long userId) {
        return jdbc.sql("""
                        SELECT id, username, display_name, phone, branch_id FROM app_user
                        WHERE id = ? AND enabled = TRUE""")
                .param(userId)
                .query((rs, i) -> new StaffContact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Long.class)))
                .optional();
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
