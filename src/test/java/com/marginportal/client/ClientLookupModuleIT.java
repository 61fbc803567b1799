package com.marginportal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.function.Supplier;

import com.marginportal.support.ClientFixture;
import com.marginportal.support.ModuleSlice;
import com.marginportal.support.SignedIn;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The light look-up other features file work with, on MariaDB: who the client is and who holds them, as the holder,
 * the branch's manager and an administrator see it; nothing for another advisor, another branch or an unknown id
 * (indistinguishable); a client without an advisor seen by the branch, not by an advisor. A slice of the client module
 * with the modules it uses; the branches, staff and clients are the test's own.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class ClientLookupModuleIT extends ModuleSlice {

    @Autowired
    private ClientLookup lookup;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private UserDetailsService users;

    @Test
    void theHolderTheBranchAndTheHeadOfficeSeeTheClientOthersNothing() {
        StaffFixture staff = new StaffFixture(jdbc);
        StaffFixture.Branch branch = staff.branch(2);
        StaffFixture.Branch other = staff.branch(1);
        String admin = staff.admin();
        long held = new ClientFixture(jdbc).client(branch.id(), branch.advisor(1));
        ClientRef expected = new ClientRef(held, name(held), branch.id(), staff.userId(branch.advisor(1)));

        assertThat(as(branch.advisor(1), () -> lookup.visible(held))).contains(expected);
        assertThat(as(branch.manager(), () -> lookup.visible(held))).contains(expected);
        assertThat(as(admin, () -> lookup.visible(held))).contains(expected);
        assertThat(as(branch.advisor(2), () -> lookup.visible(held))).as("another advisor of the branch").isEmpty();
        assertThat(as(other.manager(), () -> lookup.visible(held))).as("another branch").isEmpty();
        assertThat(as(admin, () -> lookup.visible(held + 1_000_000_000L))).as("no such client").isEmpty();
    }

    @Test
    void aClientWithoutAnAdvisorIsTheBranchesNotAnAdvisors() {
        StaffFixture staff = new StaffFixture(jdbc);
        StaffFixture.Branch branch = staff.branch(1);
        StaffFixture.Branch other = staff.branch(1);
        String admin = staff.admin();
        long unheld = new ClientFixture(jdbc).client(branch.id(), null);
        ClientRef expected = new ClientRef(unheld, name(unheld), branch.id(), null);

        assertThat(as(branch.manager(), () -> lookup.visible(unheld))).contains(expected);
        assertThat(as(admin, () -> lookup.visible(unheld))).contains(expected);
        assertThat(as(other.manager(), () -> lookup.visible(unheld))).isEmpty();
        assertThat(as(branch.advisor(1), () -> lookup.visible(unheld))).as("an advisor of the branch").isEmpty();
    }

    @Test
    void nobodySignedInIsRefused() {
        StaffFixture.Branch branch = new StaffFixture(jdbc).branch(1);
        long held = new ClientFixture(jdbc).client(branch.id(), branch.advisor(1));
        assertThatThrownBy(() -> lookup.visible(held))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private Optional<ClientRef> as(String username, Supplier<Optional<ClientRef>> action) {
        return SignedIn.as(users, username, action);
    }

    private String name(long clientId) {
        return jdbc.sql("SELECT name FROM client WHERE id = ?").param(clientId).query(String.class).single();
    }
}
