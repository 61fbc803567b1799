package com.marginportal.security;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System API (no logged-in user, hence no {@code @PreAuthorize}): staff contact data for processes the system
 * runs on its own (the breach workflow assigns tasks and names the advisor in notices). Never expose it to views.
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
}
