package com.marginportal.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The clients holding any of some securities (long or short): whom new prices or security data affect.
 * JdbcClient, not JPA: one set-based SELECT DISTINCT over holdings by security codes.
 */
final class Holders {

    private static final int CHUNK = 1000;

    private Holders() {
    }

    static AffectedClients of(Collection<String> codes, JdbcTemplate jdbc) {
        List<String> all = new ArrayList<>(codes);
        List<Long> clients = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            clients.addAll(jdbc.queryForList("""
                    SELECT DISTINCT a.client_id FROM holding h JOIN credit_account a ON a.id = h.account_id
                     WHERE h.security_code IN (""" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")",
                    Long.class, chunk.toArray()));
        }
        return AffectedClients.of(clients.stream().mapToLong(Long::longValue).toArray());
    }
}
