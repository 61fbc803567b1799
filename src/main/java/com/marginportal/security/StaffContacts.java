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
 * JdbcClient, not JPA: read-only projections of staff columns, one user or an IN list of names.
 */
@Service
@Transactional(readOnly = true)
public class StaffContacts {

    private final JdbcClient jdbc;

    StaffContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffContact> byId(long userId) {
        return jdbc.sql("SELECT id, username, display_name, phone, branch_id FROM app_user WHERE id = ? AND enabled")
                .param(userId)
                .query((rs, i) -> new StaffContact(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("phone"), rs.getObject("branch_id", Long.class)))
                .optional();
    }

    /** Display names by user name, disabled users included (who acted on a case stays named); unknown ones left out. */
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT username, display_name FROM app_user WHERE username IN (:names)").param("names", usernames)
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }
}
