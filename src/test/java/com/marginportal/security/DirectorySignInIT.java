package com.marginportal.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marginportal.security.ldap.DirectoryProperties;
import com.marginportal.security.ldap.LdapDirectory;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Directory sign-in against a real LDAP server (UnboundID in-memory, loaded from ldap/directory.ldif) and the shared
 * application context's beans on MariaDB: the portal's one AuthenticationProvider with an {@link LdapDirectory}
 * built from {@link DirectoryProperties} by plain construction — no second application context in this JVM (it
 * would replace Spring Security's static context holder strategy under the other tests).
 */
class DirectorySignInIT extends AccountsTestSupport {

    private static final String BASE = "dc=broker,dc=example";
    private static final String ADVISORS = "cn=portal-advisors,ou=groups," + BASE;
    private static final String MANAGERS = "cn=portal-managers,ou=groups," + BASE;
    private static final String ADDRESS = "192.0.2.44";

    private static InMemoryDirectoryServer directory;

    @Autowired
    GuardedAuthenticationProvider portalProvider;
    @Autowired
    SignInProperties limits;

    private GuardedAuthenticationProvider provider;

    @BeforeAll
    static void startDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        directory = new InMemoryDirectoryServer(config);
        directory.importFromLDIF(true, DirectorySignInIT.class.getResource("/ldap/directory.ldif").getPath());
        directory.startListening();
    }

    @AfterAll
    static void stopDirectory() {
        directory.shutDown(true);
    }

    @BeforeEach
    void directoryOn() {
        DirectoryProperties properties = new DirectoryProperties(List.of("ldap://127.0.0.1:" + directory.getListenPort()),
                BASE, "", "", "uid={0},ou=people", "", "", "ou=groups", "(member={0})",
                Map.of(Role.ADVISOR, ADVISORS, Role.MANAGER, MANAGERS, Role.ADMIN, "cn=portal-admins,ou=groups," + BASE),
                "departmentNumber", Map.of(), "displayName", "mail", Set.of(), new DirectoryProperties.ActiveDirectory(""));
        provider = portalProvider.withDirectory(LdapDirectory.create(properties));
    }

    private PortalUser signIn(String login, String password) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(login, password);
        attempt.setDetails(new WebAuthenticationDetails(ADDRESS, null));
        Authentication result = provider.authenticate(attempt);
        assertThat(result.isAuthenticated()).isTrue();
        return (PortalUser) result.getPrincipal();
    }

    private UserSummary row(String login) {
        return as("admin", () -> accounts.accounts()).stream().filter(u -> u.username().equals(login)).findFirst().orElse(null);
    }

    @Test
    void theRightDirectoryPasswordGivesAPortalUserWithRoleAndBranchFromTheDirectoryAndALocalRow() {
        PortalUser wang = signIn("Dir-Wang", "Directory-Secret-1");
        assertThat(wang.username()).isEqualTo("dir-wang");
        assertThat(wang.role()).isEqualTo(Role.ADVISOR);
        assertThat(wang.branchId()).as("SH01").isEqualTo(1L);
        assertThat(wang.displayName()).isEqualTo("王丽");
        assertThat(wang.dataScope()).isEqualTo(DataScope.advisor(wang.id()));
        UserSummary local = row("dir-wang");
        assertThat(local.directoryManaged()).isTrue();
        assertThat(local.email()).isEqualTo("wang.li@broker.example");
        assertThat(local.lastSignInAt()).isNotNull();
        assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(wang.id()).query(String.class).single())
                .isEqualTo(AppUser.DIRECTORY_PASSWORD);
        assertThat(auditOf("USER_CREATED", "dir-wang")).singleElement()
                .satisfies(r -> assertThat(r.details()).startsWith("from the directory: Advisor, branch 1"));

        assertThat(signIn("dir-wang", "Directory-Secret-1").id()).as("the same row next time").isEqualTo(wang.id());
        assertThat(auditOf("USER_CREATED", "dir-wang")).hasSize(1);
    }

    @Test
    void wrongDirectoryPasswordsAreCountedByTheGuardAndLockTheAccount() {
        long sun = signIn("dir-sun", "Directory-Secret-4").id();
        assertThatThrownBy(() -> signIn("dir-sun", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.sql("SELECT failed_sign_ins FROM app_user WHERE id = ?").param(sun).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE address = ?").param(ADDRESS).query(Long.class).single())
                .isEqualTo(1);
        for (int i = 1; i < limits.maxFailures(); i++) {
            assertThatThrownBy(() -> signIn("dir-sun", "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(auditOf("ACCOUNT_LOCKED", "dir-sun")).hasSize(1);
        assertThatThrownBy(() -> signIn("dir-sun", "Directory-Secret-4")).as("right password while locked")
                .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.reason()).isEqualTo(SignInRefused.Reason.ACCOUNT_LOCKED));
    }

    @Test
    void aDirectoryUserInNoMappedGroupIsRefusedAndAuditedAndGetsNoRow() {
        assertThatThrownBy(() -> signIn("dir-guest", "Directory-Secret-5"))
                .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.reason()).isEqualTo(SignInRefused.Reason.NO_DIRECTORY_GROUP));
        assertThat(auditOf("LOGIN_REFUSED", "dir-guest")).singleElement()
                .satisfies(r -> assertThat(r.details()).startsWith("in no directory group that may use the portal (from " + ADDRESS + "): ").contains("canteen"));
        assertThat(row("dir-guest")).isNull();
        assertThat(SignInRefused.messageKey(new SignInRefused(SignInRefused.Reason.NO_DIRECTORY_GROUP, "")))
                .isEqualTo("login.refused.NO_DIRECTORY_GROUP");
    }

    @Test
    void aGroupChangeInTheDirectoryChangesTheRoleAtTheNextSignInAndLeavingAllGroupsLocksOut() throws Exception {
        PortalUser chen = signIn("dir-chen", "Directory-Secret-3");
        assertThat(chen.role()).isEqualTo(Role.ADVISOR);
        directory.modify(ADVISORS, new Modification(ModificationType.DELETE, "member", "uid=dir-chen,ou=people," + BASE));
        directory.modify(MANAGERS, new Modification(ModificationType.ADD, "member", "uid=dir-chen,ou=people," + BASE));

        PortalUser promoted = signIn("dir-chen", "Directory-Secret-3");
        assertThat(promoted.id()).isEqualTo(chen.id());
        assertThat(promoted.role()).isEqualTo(Role.MANAGER);
        assertThat(promoted.dataScope()).isEqualTo(DataScope.branch(1L));
        assertThat(row("dir-chen").role()).isEqualTo(Role.MANAGER);
        assertThat(auditOf("USER_ROLE_CHANGED", "dir-chen")).singleElement()
                .satisfies(r -> assertThat(r.details()).isEqualTo("from the directory: Advisor, branch 1 → Branch manager, branch 1"));

        directory.modify(MANAGERS, new Modification(ModificationType.DELETE, "member", "uid=dir-chen,ou=people," + BASE));
        assertThatThrownBy(() -> signIn("dir-chen", "Directory-Secret-3"))
                .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.reason()).isEqualTo(SignInRefused.Reason.NO_DIRECTORY_GROUP));
        assertThat(auditOf("LOGIN_REFUSED", "dir-chen")).hasSize(1);
    }

    @Test
    void aUserDisabledInThePortalStaysRefusedThoughTheDirectoryAcceptsThePassword() {
        PortalUser zhao = signIn("dir-zhao", "Directory-Secret-2");
        assertThat(zhao.role()).isEqualTo(Role.MANAGER);
        assertThat(zhao.branchId()).as("BJ01").isEqualTo(2L);
        as("admin", () -> accounts.setEnabled(zhao.id(), false));
        assertThatThrownBy(() -> signIn("dir-zhao", "Directory-Secret-2")).isInstanceOf(DisabledException.class);
        assertThat(row("dir-zhao").enabled()).as("the directory does not re-enable").isFalse();
    }

    @Test
    void aDirectoryAccountHasNoLocalPasswordToSignInResetOrChange() throws Exception {
        PortalUser boss = signIn("dir-boss", "Directory-Secret-6");
        assertThat(boss.role()).isEqualTo(Role.ADMIN);
        assertThat(boss.branchId()).isNull();
        // the shared application runs without the ldap profile: local password sign-in only
        assertThat(formLogin("dir-boss", "Directory-Secret-6")).endsWith("/login?error");
        assertThat(formLogin("dir-boss", AppUser.DIRECTORY_PASSWORD)).endsWith("/login?error");
        assertThat(basic("dir-boss", "Directory-Secret-6")).isEqualTo(401);
        assertThat(auditOf("LOGIN_REFUSED", "dir-boss")).hasSize(3)
                .allSatisfy(r -> assertThat(r.details()).startsWith("directory account, no local password"));
        assertThatThrownBy(() -> as("admin", () -> accounts.resetPassword(boss.id(), "Another-Pass-2026")))
                .isInstanceOfSatisfying(AccountChangeRejected.class,
                        e -> assertThat(e.problem()).isEqualTo(AccountChangeRejected.Problem.DIRECTORY_MANAGED));
    }

    @Test
    void aLocalAccountOfTheSameLoginIsTakenOverAtItsFirstDirectorySignIn() throws Exception {
        UserSummary local = newAccount("dir-link", Role.ADVISOR, 2L, true);
        directory.add("dn: uid=" + local.username() + ",ou=people," + BASE, "objectClass: inetOrgPerson",
                "uid: " + local.username(), "cn: Link", "sn: Link", "departmentNumber: SH01", "userPassword: Directory-Secret-7");
        directory.modify(ADVISORS, new Modification(ModificationType.ADD, "member", "uid=" + local.username() + ",ou=people," + BASE));

        PortalUser linked = signIn(local.username(), "Directory-Secret-7");
        assertThat(linked.id()).as("same row: clients and history stay").isEqualTo(local.id());
        assertThat(linked.branchId()).isEqualTo(1L);
        assertThat(row(local.username()).directoryManaged()).isTrue();
        assertThat(formLogin(local.username(), PASSWORD)).as("the old local password is gone").endsWith("/login?error");
    }

    @Test
    void serviceAccountsKeepTheirLocalPasswordWhileTheDirectoryIsOn() {
        UserSummary service = newAccount("dir-svc", Role.INTEGRATION, null, false);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("POST", "/api/v1/imports/prices")));
        try {
            assertThat(signIn(service.username(), PASSWORD).role()).isEqualTo(Role.INTEGRATION);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        assertThatThrownBy(() -> signIn("dir-nobody", "whatever")).as("unknown to the directory").isInstanceOf(BadCredentialsException.class);
    }
}
