package com.marginportal.security.ldap;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.ldap.core.ContextSource;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.ldap.SpringSecurityLdapTemplate;
import org.springframework.security.ldap.userdetails.LdapAuthoritiesPopulator;

/**
 * The DNs of the groups a user is a member of (search below {@code group-search-base} with
 * {@code group-search-filter}, {0} = the user's DN, {1} = the login), as authorities, so the mapping can compare them
 * with the configured group DNs. Spring's default populator returns group names as roles; the mapping needs DNs.
 */
final class DirectoryGroups implements LdapAuthoritiesPopulator {

    private final SpringSecurityLdapTemplate directory;
    private final String base;
    private final String filter;

    DirectoryGroups(ContextSource contextSource, DirectoryProperties properties) {
        this.directory = new SpringSecurityLdapTemplate(contextSource);
        this.directory.setIgnorePartialResultException(true);
        this.base = properties.groupSearchBase();
        this.filter = properties.groupSearchFilter();
    }

    @Override
    public Collection<? extends GrantedAuthority> getGrantedAuthorities(DirContextOperations user, String username) {
        if (base.isBlank()) {
            return List.of();
        }
        Set<Map<String, List<String>>> groups = directory.searchForMultipleAttributeValues(base, filter,
                new String[] {user.getNameInNamespace(), username}, new String[] {"cn"});
        return groups.stream().map(g -> g.get(SpringSecurityLdapTemplate.DN_KEY)).filter(Objects::nonNull)
                .flatMap(List::stream).map(SimpleGrantedAuthority::new).toList();
    }
}
