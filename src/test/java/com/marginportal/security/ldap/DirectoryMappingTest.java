package com.marginportal.security.ldap;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marginportal.security.DirectoryIdentity;
import com.marginportal.security.Role;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Groups and attributes in the portal's words, without a directory. */
class DirectoryMappingTest {

    static final String ADVISORS = "cn=portal-advisors,ou=groups,dc=broker,dc=example";
    static final String MANAGERS = "cn=portal-managers,ou=groups,dc=broker,dc=example";
    static final String ADMINS = "cn=portal-admins,ou=groups,dc=broker,dc=example";

    static DirectoryProperties properties(String branchAttribute, Map<String, String> branchGroups, Set<String> local) {
        return new DirectoryProperties(List.of("ldap://localhost:389"), "dc=broker,dc=example", "", "",
                "uid={0},ou=people", "", "", "ou=groups", "(member={0})",
                Map.of(Role.ADVISOR, ADVISORS + "; cn=trainees,ou=groups,dc=broker,dc=example", Role.MANAGER, MANAGERS,
                        Role.ADMIN, ADMINS),
                branchAttribute, branchGroups, "displayName", "mail", local, new DirectoryProperties.ActiveDirectory(""));
    }

    private final DirectoryMapping byAttribute = new DirectoryMapping(properties("departmentNumber", Map.of(), Set.of()));

    @Test
    void roleAndBranchFromGroupsAndAttributeWithDnsComparedAsDns() {
        Map<String, String> entry = Map.of("displayName", "王丽", "mail", "wang@broker.example", "departmentNumber", "sh01");
        DirectoryIdentity who = byAttribute.identify(" Dir-Wang ", entry::get,
                List.of("CN=Portal-Advisors, OU=Groups,DC=broker,DC=example", "not a dn", "cn=canteen,ou=groups,dc=broker,dc=example"));
        assertThat(who.username()).isEqualTo("dir-wang");
        assertThat(who.role()).isEqualTo(Role.ADVISOR);
        assertThat(who.branchCodes()).containsExactly("SH01");
        assertThat(who.displayName()).isEqualTo("王丽");
        assertThat(who.email()).isEqualTo("wang@broker.example");
    }

    @Test
    void theHighestRoleWinsAndASecondGroupOfARoleCounts() {
        assertThat(byAttribute.identify("x", a -> null, List.of(ADVISORS, ADMINS, MANAGERS)).role()).isEqualTo(Role.ADMIN);
        assertThat(byAttribute.identify("x", a -> null, List.of(ADVISORS, MANAGERS)).role()).isEqualTo(Role.MANAGER);
        assertThat(byAttribute.identify("x", a -> null, List.of("cn=Trainees,ou=groups,dc=broker,dc=example")).role())
                .isEqualTo(Role.ADVISOR);
    }

    @Test
    void inNoMappedGroupThereIsNoRole() {
        DirectoryIdentity who = byAttribute.identify("x", Map.of("cn", "Guest")::get, List.of("cn=canteen,ou=groups,dc=broker,dc=example"));
        assertThat(who.role()).isNull();
        assertThat(who.displayName()).as("falls back to cn").isEqualTo("Guest");
        assertThat(who.groups()).containsExactly("cn=canteen,ou=groups,dc=broker,dc=example");
    }

    @Test
    void branchGroupsGiveTheBranchCodesInsteadOfAnAttribute() {
        DirectoryMapping byGroups = new DirectoryMapping(properties("", Map.of(
                "sh01", "cn=branch-sh01,ou=groups,dc=broker,dc=example", "BJ01", "cn=branch-bj01,ou=groups,dc=broker,dc=example"), Set.of()));
        assertThat(byGroups.identify("x", a -> "ignored", List.of(MANAGERS, "cn=branch-sh01,ou=groups,dc=broker,dc=example"))
                .branchCodes()).containsExactly("SH01");
        assertThat(byGroups.identify("x", a -> null, List.of(MANAGERS, "cn=branch-sh01,ou=groups,dc=broker,dc=example",
                "cn=branch-bj01,ou=groups,dc=broker,dc=example")).branchCodes()).containsExactly("BJ01", "SH01");
    }

    @Test
    void aMisconfigurationFailsAtStartWithThePropertyName() {
        assertThatThrownBy(() -> new DirectoryMapping(new DirectoryProperties(List.of("ldap://x"), "", "", "", "uid={0}",
                "", "", "", "(member={0})", Map.of(Role.ADVISOR, "advisors"), "", Map.of(), "displayName", "mail", Set.of(),
                new DirectoryProperties.ActiveDirectory(""))))
                .hasMessageContaining("portal.ldap.role-groups.ADVISOR");
        assertThatThrownBy(() -> new DirectoryProperties(List.of("ldap://x"), "", "", "", "uid={0}", "", "", "",
                "(member={0})", Map.of(Role.INTEGRATION, ADMINS), "", Map.of(), "displayName", "mail", Set.of(),
                new DirectoryProperties.ActiveDirectory("")))
                .hasMessageContaining("service accounts stay local");
        assertThat(properties("", Map.of(), Set.of(" Break-Glass ")).localLogins()).containsExactly("break-glass");
    }
}
