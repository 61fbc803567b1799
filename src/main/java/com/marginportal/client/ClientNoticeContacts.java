package com.marginportal.client;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System API (no logged-in user, hence no {@code @PreAuthorize}): the contact data of the client behind a credit
 * account, for notices the system sends on its own (risk notices of the breach workflow). Never expose it to views.
 * JdbcClient, not JPA: a read-only join of an account to its client's contact columns.
 */
@Service
@Transactional(readOnly = true)
public class ClientNoticeContacts {

    private final JdbcClient jdbc;

    ClientNoticeContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<NoticeContact> forAccount(long accountId) {
        return jdbc.sql("""
                        SELECT c.id, c.name, c.email, c.preferred_language, c.branch_id, c.advisor_id
                          FROM credit_account a JOIN client c ON c.id = a.client_id WHERE a.id = ?""")
                .param(accountId)
                .query((rs, i) -> new NoticeContact(rs.getLong("id"), accountId, rs.getString("name"),
                        rs.getString("email"), rs.getString("preferred_language"), rs.getLong("branch_id"),
                        rs.getObject("advisor_id", Long.class), NoticeContact.mask(accountId)))
                .optional();
    }
}
