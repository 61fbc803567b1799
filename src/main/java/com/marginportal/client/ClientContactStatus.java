package com.marginportal.client;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System API (no logged-in user, hence no {@code @PreAuthorize}): the contact status of many clients at once, for
 * jobs the system runs on its own (contact plans). Closed clients are left out. Never expose it to views.
 * JdbcClient, not JPA: one query over many clients at once, each with its latest contact (MAX subquery).
 */
@Service
@Transactional(readOnly = true)
public class ClientContactStatus {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    ClientContactStatus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ContactStatus> of(Collection<Long> clientIds) {
        List<Long> ids = List.copyOf(clientIds);
        List<ContactStatus> result = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            result.addAll(jdbc.sql("""
                    SELECT c.id, c.name, c.branch_id, c.advisor_id, a.maintenance_ratio,
                           (SELECT MAX(r.contacted_at) FROM contact_record r
                             WHERE r.client_id = c.id AND r.reached = TRUE) AS last_contact
                      FROM client c LEFT JOIN credit_account a ON a.client_id = c.id
                     WHERE c.id IN (:ids) AND c.status <> 'CLOSED'
                     ORDER BY c.id""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query((rs, i) -> {
                        LocalDateTime last = rs.getObject("last_contact", LocalDateTime.class);
                        return new ContactStatus(rs.getLong("id"), rs.getString("name"), rs.getLong("branch_id"),
                                rs.getObject("advisor_id", Long.class), rs.getBigDecimal("maintenance_ratio"),
                                last == null ? null : last.toInstant(ZoneOffset.UTC));
                    })
                    .list());
        }
        return result;
    }
}
