package com.marginportal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import com.marginportal.demo.Rows.BranchRow;
import com.marginportal.demo.Rows.UserRow;

/**
 * Branches and demo users: {@code admin} (no branch), {@code manager1..5} (one per branch) and
 * {@code advisor1..20} (four per branch: advisor1..4 in branch 1, advisor5..8 in branch 2, …).
 */
final class Organisation {

    static final int ADVISORS_PER_BRANCH = 4;

    private static final List<BranchRow> BRANCHES = List.of(
            new BranchRow(1, "SH01", "上海浦东新区营业部", "上海"),
            new BranchRow(2, "BJ01", "北京金融大街营业部", "北京"),
            new BranchRow(3, "SZ01", "深圳福田营业部", "深圳"),
            new BranchRow(4, "HZ01", "杭州西湖营业部", "杭州"),
            new BranchRow(5, "CD01", "成都天府营业部", "成都"));

    /** An advisor as clients need it: user id and branch. */
    record Advisor(long userId, long branchId) {
    }

    private Organisation() {
    }

    static List<BranchRow> branches() {
        return BRANCHES;
    }

    static long branchOfAdvisor(int advisorNumber) {
        return (advisorNumber - 1) / ADVISORS_PER_BRANCH + 1;
    }

    static int advisorCount() {
        return BRANCHES.size() * ADVISORS_PER_BRANCH;
    }

    static List<UserRow> users(RandomGenerator r) {
        List<UserRow> users = new ArrayList<>();
        users.add(new UserRow("admin", "系统管理员", "ADMIN", null, ClientFactory.mobile(r), "admin@example.com"));
        for (BranchRow b : BRANCHES) {
            String username = "manager" + b.id();
            users.add(new UserRow(username, ChineseNames.draw(r, r.nextBoolean()).chinese(), "MANAGER", b.id(),
                    ClientFactory.mobile(r), username + "@example.com"));
        }
        for (int n = 1; n <= advisorCount(); n++) {
            String username = "advisor" + n;
            users.add(new UserRow(username, ChineseNames.draw(r, r.nextBoolean()).chinese(), "ADVISOR",
                    branchOfAdvisor(n), ClientFactory.mobile(r), username + "@example.com"));
        }
        // the core margin system's service account for the import API
        users.add(new UserRow("integration", "核心系统接口", "INTEGRATION", null, null, "integration@example.com"));
        return users;
    }
}
