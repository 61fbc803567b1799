package com.marginportal.security.ldap;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marginportal.security.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Profile;

/**
 * Directory sign-in ({@code portal.ldap.*}, profile {@code ldap}; docs/security.md "Directory sign-in").
 *
 * @param urls              directory servers, e.g. {@code ldaps://ldap1.broker.internal:636}; the first answering is used
 * @param base              base DN of every other DN below (relative DNs), e.g. {@code dc=broker,dc=com}
 * @param managerDn         bind DN for user and group searches (empty: anonymous searches)
 * @param managerPassword   its password
 * @param userDnPatterns    where users are, relative to {@code base}, e.g. {@code uid={0},ou=people} (several: ';'); or:
 * @param userSearchBase    a search for the user (relative), with
 * @param userSearchFilter  e.g. {@code (uid={0})} or {@code (sAMAccountName={0})}
 * @param groupSearchBase   where groups are (relative), e.g. {@code ou=groups}; empty: no group search (AD: memberOf)
 * @param groupSearchFilter {0} = the user's full DN, {1} = the login
 * @param roleGroups        portal role → full group DN(s), several separated by ';' (a DN has commas); a user in
 *                          groups of several roles gets the highest (ADMIN, then MANAGER, then ADVISOR)
 * @param branchAttribute   attribute of the user entry holding the portal branch code (e.g. {@code departmentNumber}), or:
 * @param branchGroups      branch code → full group DN(s)
 * @param displayNameAttribute the user's name in the portal (falls back to {@code cn}, then the login)
 * @param emailAttribute    the user's e-mail address
 * @param localLogins       logins that keep their local password (break-glass administrator); service accounts
 *                          (role INTEGRATION) always do
 * @param activeDirectory   Active Directory instead of plain LDAP: {@code domain} set → bind as {@code login@domain}
 */
@ConfigurationProperties("portal.ldap")
@Profile("ldap") // bound only with the profile: the properties scan would otherwise demand a directory everywhere
public record DirectoryProperties(List<String> urls,
                                  @DefaultValue("") String base,
                                  @DefaultValue("") String managerDn,
                                  @DefaultValue("") String managerPassword,
                                  @DefaultValue("") String userDnPatterns,
                                  @DefaultValue("") String userSearchBase,
                                  @DefaultValue("") String userSearchFilter,
                                  @DefaultValue("") String groupSearchBase,
                                  @DefaultValue("(member={0})") String groupSearchFilter,
                                  @DefaultValue Map<Role, String> roleGroups,
                                  @DefaultValue("") String branchAttribute,
                                  @DefaultValue Map<String, String> branchGroups,
                                  @DefaultValue("displayName") String displayNameAttribute,
                                  @DefaultValue("mail") String emailAttribute,
                                  @DefaultValue Set<String> localLogins,
                                  @DefaultValue ActiveDirectory activeDirectory) {

    private static final Set<Role> PEOPLE = EnumSet.of(Role.ADVISOR, Role.MANAGER, Role.ADMIN);

    public DirectoryProperties {
        if (urls == null || urls.isEmpty()) {
            throw new IllegalArgumentException("portal.ldap.urls: give the directory's URL (ldap:// or ldaps://)");
        }
        if (roleGroups.values().stream().allMatch(String::isBlank) || !PEOPLE.containsAll(roleGroups.keySet())) {
            throw new IllegalArgumentException("portal.ldap.role-groups: map ADVISOR, MANAGER and/or ADMIN to group DNs "
                    + "(service accounts stay local)");
        }
        if (!activeDirectory.enabled() && userDnPatterns.isBlank() && userSearchFilter.isBlank()) {
            throw new IllegalArgumentException("portal.ldap: set user-dn-patterns or user-search-filter");
        }
        if (!branchAttribute.isBlank() && !branchGroups.isEmpty()) {
            throw new IllegalArgumentException("portal.ldap: branch-attribute or branch-groups, not both");
        }
        localLogins = Set.copyOf(localLogins.stream().map(l -> l.strip().toLowerCase(java.util.Locale.ROOT)).toList());
    }

    /** Separated by ';': a single string, because a comma-separated value would be split inside each DN. */
    public List<String> userDnPatternList() {
        return java.util.Arrays.stream(userDnPatterns.split(";")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** {@code portal.ldap.active-directory.domain}, e.g. {@code broker.local}; empty = plain LDAP. */
    public record ActiveDirectory(@DefaultValue("") String domain) {

        public boolean enabled() {
            return !domain.isBlank();
        }
    }
}
