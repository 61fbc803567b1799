package com.marginportal.security.ldap;

import java.util.List;
import java.util.Map;

import com.marginportal.security.Role;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped application-ldap.yml binds as docs/operations.md says, from environment variables only: DNs keep
 * their commas (a comma-separated list would split them), placeholders with {0} in their defaults resolve.
 */
class LdapProfileFileTest {

    private DirectoryProperties bind(Map<String, Object> env) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("env", env));
        new YamlPropertySourceLoader().load("ldap", new ClassPathResource("application-ldap.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return Binder.get(environment).bind("portal.ldap", DirectoryProperties.class).get();
    }

    @Test
    void plainLdapFromTheEnvironment() throws Exception {
        DirectoryProperties p = bind(Map.of("LDAP_URLS", "ldaps://ldap1.broker.internal:636,ldaps://ldap2.broker.internal:636",
                "LDAP_BASE", "dc=broker,dc=com",
                "LDAP_GROUP_ADVISORS", "cn=advisors,ou=groups,dc=broker,dc=com;cn=trainees,ou=groups,dc=broker,dc=com",
                "LDAP_GROUP_MANAGERS", "cn=managers,ou=groups,dc=broker,dc=com",
                "LDAP_LOCAL_LOGINS", "break-glass"));
        assertThat(p.urls()).containsExactly("ldaps://ldap1.broker.internal:636", "ldaps://ldap2.broker.internal:636");
        assertThat(p.userDnPatternList()).containsExactly("uid={0},ou=people");
        assertThat(p.groupSearchFilter()).isEqualTo("(member={0})");
        assertThat(p.roleGroups()).containsEntry(Role.ADVISOR, "cn=advisors,ou=groups,dc=broker,dc=com;cn=trainees,ou=groups,dc=broker,dc=com")
                .containsEntry(Role.MANAGER, "cn=managers,ou=groups,dc=broker,dc=com").containsEntry(Role.ADMIN, "");
        assertThat(p.branchAttribute()).isEqualTo("departmentNumber");
        assertThat(p.localLogins()).containsExactly("break-glass");
        assertThat(p.activeDirectory().enabled()).isFalse();
        assertThat(new DirectoryMapping(p).identify("x", a -> null, List.of("CN=Trainees,OU=groups,DC=broker,DC=com")).role())
                .isEqualTo(Role.ADVISOR);
    }

    @Test
    void activeDirectoryFromTheEnvironment() throws Exception {
        DirectoryProperties p = bind(Map.of("LDAP_URLS", "ldap://dc1.broker.local:389", "LDAP_BASE", "dc=broker,dc=local",
                "LDAP_AD_DOMAIN", "broker.local", "LDAP_USER_DN_PATTERNS", "",
                "LDAP_GROUP_SEARCH_BASE", "", "LDAP_GROUP_ADMINS", "CN=Portal Admins,OU=Groups,DC=broker,DC=local"));
        assertThat(p.activeDirectory().domain()).isEqualTo("broker.local");
        assertThat(p.userDnPatternList()).isEmpty();
        assertThat(LdapDirectory.create(p)).as("builds without contacting the server").isNotNull();
    }
}
