package com.marginportal.support;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Branches and staff of a test's own, for the slices' schema (no demo data there): each branch a new id, its manager
 * and advisors named after it ({@code b501-mgr}, {@code b501-adv1}…), signed in by name through the portal's own
 * user details. Ids from 501, apart from the demo's branches and the literal test branches (TestBranchesApartTest).
 */
public final class StaffFixture {

    private static final AtomicLong NEXT_BRANCH = new AtomicLong(501);
    private static final AtomicLong NEXT_ADMIN = new AtomicLong(1);

    /** A branch, its manager and its advisors, by username. */
    public record Branch(long id, String manager, List<String> advisors) {

        public String advisor(int n) {
            return advisors.get(n - 1);
        }
    }

    private final JdbcClient jdbc;

    public StaffFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Branch branch(int advisors) {
        long id = NEXT_BRANCH.getAndIncrement();
        jdbc.sql("INSERT INTO branch (id, code, name, city) VALUES (?, ?, ?, '上海')")
                .params(id, "B" + id, "测试营业部" + id).update();
        String manager = user("b" + id + "-mgr", "MANAGER", id);
        List<String> names = IntStream.rangeClosed(1, advisors)
                .mapToObj(n -> user("b" + id + "-adv" + n, "ADVISOR", id)).toList();
        return new Branch(id, manager, names);
    }

    /** A head-office administrator (no branch). */
    public String admin() {
        return user("admin-" + NEXT_ADMIN.getAndIncrement(), "ADMIN", null);
    }

    /** A head-office administrator of this name, made unless it exists (for {@code @WithUserDetails}). */
    public String admin(String username) {
        return named(username, "ADMIN", null);
    }

    /** A user of this name, role and branch (null: head office), made unless the name exists. */
    public String named(String username, String role, Long branchId) {
        jdbc.sql("""
                INSERT IGNORE INTO app_user (username, password_hash, display_name, role, branch_id, enabled, created_at)
                VALUES (?, '{noop}x', ?, ?, ?, TRUE, ?)""")
                .params(username, displayName(username), role, branchId, LocalDateTime.now()).update();
        return username;
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single() > 0;
    }

    public long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    /** The name people know them by, not the user name (a view or record showing one for the other is found out). */
    private static String displayName(String username) {
        return "员工" + username;
    }

    private String user(String username, String role, Long branch) {
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, display_name, role, branch_id, enabled, created_at)
                VALUES (?, '{noop}x', ?, ?, ?, TRUE, ?)""")
                .params(username, displayName(username), role, branch, LocalDateTime.now()).update();
        return username;
    }
}
