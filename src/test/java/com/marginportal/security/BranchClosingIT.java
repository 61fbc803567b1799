package com.marginportal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
/**
 * A branch closes only when nothing is left in it: the clients and open cases the administration module counts
 * (its occupancy needs the breach workflow, so this runs on the whole application; the other account rules are
 * {@link AccountAdministrationModuleIT}'s, a slice of the security module).
 */
class BranchClosingIT extends AccountsTestSupport {

    @Autowired
    BranchAdministration branches;

    @Test
    void aBranchClosesOnlyWhenEmptyAndTheRefusalGivesTheCounts() {
        long clients = jdbc.sql("SELECT COUNT(*) FROM client WHERE branch_id = 1").query(Long.class).single();
        assertThatThrownBy(() -> as("admin", () -> branches.close(1L)))
                .isInstanceOfSatisfying(AccountChangeRejected.class, e -> {
                    assertThat(e.problem()).isEqualTo(AccountChangeRejected.Problem.BRANCH_IN_USE);
                    assertThat(e.args()[1]).isEqualTo(clients);
                });
        assertThat(as("admin", () -> branches.branches()).get(0).closed()).isFalse();

        String code = "T" + (System.nanoTime() % 100_000);
        BranchSummary created = as("admin", () -> branches.create(code, "测试营业部", "上海"));
        BranchSummary renamed = as("admin", () -> branches.rename(created.id(), "测试二部", "苏州"));
        assertThat(renamed.name()).isEqualTo("测试二部");
        assertRejected(() -> branches.create(code, "重复", "上海"), AccountChangeRejected.Problem.BRANCH_CODE_TAKEN);

        UserSummary staff = newAccount("branch-staff", Role.MANAGER, created.id(), true);
        assertRejected(() -> branches.close(created.id()), AccountChangeRejected.Problem.BRANCH_HAS_STAFF);
        as("admin", () -> accounts.setEnabled(staff.id(), false));
        assertThat(as("admin", () -> branches.close(created.id())).closed()).isTrue();
        assertRejected(() -> accounts.create(new NewAccount(uniqueLogin("late"), "x", Role.ADVISOR, created.id(), null,
                null, PASSWORD)), AccountChangeRejected.Problem.BRANCH_CLOSED);
        assertThat(audit.latest("BRANCH_CLOSED", 50)).anySatisfy(r -> assertThat(r.entityId()).isEqualTo(code));
    }

    private void assertRejected(Runnable change, AccountChangeRejected.Problem problem) {
        assertThatThrownBy(() -> as("admin", () -> {
            change.run();
            return null;
        })).isInstanceOfSatisfying(AccountChangeRejected.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
