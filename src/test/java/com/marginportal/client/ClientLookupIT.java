package com.marginportal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.function.Supplier;

import com.marginportal.support.ClientFixture;
import com.marginportal.support.IntegrationTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The light look-up other features file work with, on MariaDB: who the client is and who holds them, as the holder,
 * the branch's manager and an administrator see it; nothing for another advisor, another branch or an unknown id
 * (indistinguishable); a client without an advisor seen by the branch, not by an advisor.
 */
class ClientLookupIT extends IntegrationTest {

    @Autowired
    private ClientLookup lookup;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theHolderTheBranchAndTheHeadOfficeSeeTheClientOthersNothing() {
        ClientFixture clients = new ClientFixture(jdbc);
        long held = clients.client(1, "advisor1");
        long advisor1 = userId("advisor1");
        ClientRef expected = new ClientRef(held, name(held), 1, advisor1);

        assertThat(as("advisor1", () -> lookup.visible(held))).contains(expected);
        assertThat(as("manager1", () -> lookup.visible(held))).contains(expected);
        assertThat(as("admin", () -> lookup.visible(held))).contains(expected);
        assertThat(as("advisor2", () -> lookup.visible(held))).as("another advisor of the branch").isEmpty();
        assertThat(as("manager2", () -> lookup.visible(held))).as("another branch").isEmpty();
        assertThat(as("admin", () -> lookup.visible(held + 1_000_000_000L))).as("no such client").isEmpty();
    }

    @Test
    void aClientWithoutAnAdvisorIsTheBranchesNotAnAdvisors() {
        long unheld = new ClientFixture(jdbc).client(2, null);
        ClientRef expected = new ClientRef(unheld, name(unheld), 2, null);

        assertThat(as("manager2", () -> lookup.visible(unheld))).contains(expected);
        assertThat(as("admin", () -> lookup.visible(unheld))).contains(expected);
        assertThat(as("manager1", () -> lookup.visible(unheld))).isEmpty();
        assertThat(as("advisor5", () -> lookup.visible(unheld))).as("an advisor of the branch").isEmpty();
    }

    @Test
    void nobodySignedInIsRefused() {
        long held = new ClientFixture(jdbc).client(1, "advisor1");
        assertThatThrownBy(() -> lookup.visible(held))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private Optional<ClientRef> as(String username, Supplier<Optional<ClientRef>> action) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    private String name(long clientId) {
        return jdbc.sql("SELECT name FROM client WHERE id = ?").param(clientId).query(String.class).single();
    }
}
