package com.marginportal.security.ldap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

import com.marginportal.security.DirectoryAccounts;
import com.marginportal.security.DirectoryIdentity;
import com.marginportal.security.Role;

/**
 * What the directory's groups and attributes mean in the portal (plain Java): role from the mapped role groups
 * (the highest wins), branch codes from the branch attribute or the branch groups, name and e-mail. Group DNs are
 * compared as DNs ({@code CN=Advisors, OU=Groups} equals {@code cn=advisors,ou=groups}).
 */
final class DirectoryMapping {

    /** Highest first: a user in the admins' and the advisors' group is an admin. */
    private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.MANAGER, Role.ADVISOR);

    private final Map<Role, List<LdapName>> roleGroups = new LinkedHashMap<>();
    private final Map<String, List<LdapName>> branchGroups = new LinkedHashMap<>();
    private final String branchAttribute;
    private final String displayNameAttribute;
    private final String emailAttribute;

    DirectoryMapping(DirectoryProperties properties) {
        properties.roleGroups().forEach((role, dns) -> roleGroups.put(role, names(dns, "role-groups." + role)));
        properties.branchGroups().forEach((code, dns) -> branchGroups.put(code.strip().toUpperCase(Locale.ROOT),
                names(dns, "branch-groups." + code)));
        this.branchAttribute = properties.branchAttribute().strip();
        this.displayNameAttribute = properties.displayNameAttribute();
        this.emailAttribute = properties.emailAttribute();
    }

    /**
     * @param attribute the user entry's first value of an attribute, or null
     * @param groupDns  DNs of the user's groups (group search and/or memberOf); values that are not DNs are ignored
     */
    DirectoryIdentity identify(String login, Function<String, String> attribute, Collection<String> groupDns) {
        List<LdapName> groups = groupDns.stream().map(DirectoryMapping::name).flatMap(Optional::stream).toList();
        Role role = PRECEDENCE.stream().filter(r -> member(groups, roleGroups.get(r))).findFirst().orElse(null);
        Set<String> branches = new TreeSet<>();
        if (!branchAttribute.isEmpty() && attribute.apply(branchAttribute) != null) {
            branches.add(attribute.apply(branchAttribute).strip().toUpperCase(Locale.ROOT));
        }
        branchGroups.forEach((code, dns) -> {
            if (member(groups, dns)) {
                branches.add(code);
            }
        });
        String name = attribute.apply(displayNameAttribute);
        if (name == null || name.isBlank()) {
            name = attribute.apply("cn");
        }
        return new DirectoryIdentity(DirectoryAccounts.canonical(login), name, attribute.apply(emailAttribute), role,
                List.copyOf(branches), groups.stream().map(LdapName::toString).sorted().toList());
    }

    private static boolean member(List<LdapName> groups, List<LdapName> mapped) {
        return mapped != null && groups.stream().anyMatch(mapped::contains);
    }

    private static List<LdapName> names(String dns, String property) {
        List<LdapName> result = new ArrayList<>();
        for (String dn : dns.split(";")) {
            if (!dn.isBlank()) {
                result.add(name(dn).orElseThrow(() -> new IllegalArgumentException(
                        "portal.ldap." + property + ": not a DN: " + dn.strip())));
            }
        }
        return List.copyOf(result);
    }

    private static Optional<LdapName> name(String dn) {
        try {
            LdapName name = new LdapName(dn.strip());
            return name.isEmpty() || !dn.contains("=") ? Optional.empty() : Optional.of(name);
        } catch (InvalidNameException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
