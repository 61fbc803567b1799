package com.marginportal.importing;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reference data loaded on first use, once per import. Ids stream into primitive arrays (a million
 * accounts take 16 MB), small tables into maps.
 * JdbcClient, not JPA: reference ids of the whole archive streamed into primitive arrays, not entities.
 */
final class JdbcReferences implements References {

    private final JdbcTemplate jdbc;
    private Map<String, Integer> securities;
    private LongIndex accounts;
    private LongIndex clients;
    private LongIndex clientBranches;
    private Map<String, Long> branches;
    private Map<String, User> users;

    /** @param jdbc should have a fetch size set, so MariaDB streams big results */
    JdbcReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> securities() {
        if (securities == null) {
            Map<String, Integer> codes = new HashMap<>();
            jdbc.query("SELECT code FROM security ORDER BY code", rs -> {
                codes.put(rs.getString(1), codes.size());
            });
            securities = codes;
        }
        return securities;
    }

    @Override
    public LongIndex accounts() {
        if (accounts == null) {
            accounts = index("SELECT id, client_id FROM credit_account ORDER BY id");
        }
        return accounts;
    }

    @Override
    public LongIndex clients() {
        if (clients == null) {
            clients = index("SELECT c.id, a.id FROM client c LEFT JOIN credit_account a ON a.client_id = c.id ORDER BY c.id");
        }
        return clients;
    }

    @Override
    public LongIndex clientBranches() {
        if (clientBranches == null) {
            clientBranches = index("SELECT id, branch_id FROM client ORDER BY id");
        }
        return clientBranches;
    }

    @Override
    public Map<String, Long> branches() {
        if (branches == null) {
            Map<String, Long> map = new HashMap<>();
            jdbc.query("SELECT code, id FROM branch", rs -> {
                map.put(rs.getString(1), rs.getLong(2));
            });
            branches = map;
        }
        return branches;
    }

    @Override
    public Map<String, User> users() {
        if (users == null) {
            Map<String, User> map = new HashMap<>();
            jdbc.query("SELECT username, id, role, branch_id FROM app_user", rs -> {
                map.put(rs.getString(1), new User(rs.getLong(2), rs.getString(3), rs.getObject(4, Long.class)));
            });
            users = map;
        }
        return users;
    }

    private LongIndex index(String sql) {
        LongIndex index = new LongIndex();
        jdbc.query(sql, rs -> {
            long value = rs.getLong(2);
            index.add(rs.getLong(1), rs.wasNull() ? LongIndex.NONE : value);
        });
        return index;
    }
}
