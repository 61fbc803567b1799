package com.marginportal.security.ldap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.marginportal.security.DirectoryIdentity;
import com.marginportal.security.DirectorySignIn;

import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.AbstractLdapAuthenticationProvider;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.authentication.ad.ActiveDirectoryLdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;

/**
 * Directory sign-in through Spring Security's LDAP support: a bind as the user checks the password (plain LDAP:
 * {@link BindAuthenticator} with DN patterns or a search; Active Directory: {@link ActiveDirectoryLdapAuthenticationProvider},
 * {@code login@domain}), the user's groups come from a group search ({@link DirectoryGroups}) and the entry's
 * {@code memberOf}, and {@link DirectoryMapping} turns them into a {@link DirectoryIdentity}. Plain construction
 * from {@link DirectoryProperties}: the application's {@code ldap} profile and the tests build it the same way.
 */
public final class LdapDirectory implements DirectorySignIn {

    private final AbstractLdapAuthenticationProvider provider;
    private final Set<String> localLogins;

    private LdapDirectory(AbstractLdapAuthenticationProvider provider, Set<String> localLogins) {
        this.provider = provider;
        this.localLogins = localLogins;
    }

    public static LdapDirectory create(DirectoryProperties properties) {
        DirectoryMapping mapping = new DirectoryMapping(properties);
        AbstractLdapAuthenticationProvider provider = properties.activeDirectory().enabled()
                ? activeDirectory(properties) : plain(properties);
        provider.setUserDetailsContextMapper(new IdentityMapper(mapping));
        return new LdapDirectory(provider, properties.localLogins());
    }

    private static AbstractLdapAuthenticationProvider plain(DirectoryProperties properties) {
        DefaultSpringSecurityContextSource directory = new DefaultSpringSecurityContextSource(properties.urls(), properties.base());
        if (!properties.managerDn().isBlank()) {
            directory.setUserDn(properties.managerDn());
            directory.setPassword(properties.managerPassword());
        }
        directory.afterPropertiesSet();
        BindAuthenticator bind = new BindAuthenticator(directory);
        if (!properties.userDnPatternList().isEmpty()) {
            bind.setUserDnPatterns(properties.userDnPatternList().toArray(String[]::new));
        }
        if (!properties.userSearchFilter().isBlank()) {
            bind.setUserSearch(new FilterBasedLdapUserSearch(properties.userSearchBase(), properties.userSearchFilter(), directory));
        }
        return new LdapAuthenticationProvider(bind, new DirectoryGroups(directory, properties));
    }

    /** Groups from the user entry's memberOf (direct groups; nested groups are not followed). */
    private static AbstractLdapAuthenticationProvider activeDirectory(DirectoryProperties properties) {
        ActiveDirectoryLdapAuthenticationProvider ad = new ActiveDirectoryLdapAuthenticationProvider(
                properties.activeDirectory().domain(), String.join(" ", properties.urls()),
                properties.base().isBlank() ? null : properties.base());
        if (!properties.userSearchFilter().isBlank()) {
            ad.setSearchFilter(properties.userSearchFilter());
        }
        ad.setConvertSubErrorCodesToExceptions(true);
        return ad;
    }

    @Override
    public DirectoryIdentity authenticate(String username, String password) {
        Authentication result = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        return ((DirectoryUser) result.getPrincipal()).identity();
    }

    @Override
    public Set<String> localLogins() {
        return localLogins;
    }

    /** The authenticated entry → identity; the authorities are the group DNs from {@link DirectoryGroups}. */
    private record IdentityMapper(DirectoryMapping mapping) implements UserDetailsContextMapper {

        @Override
        public UserDetails mapUserFromContext(DirContextOperations entry, String username,
                                              Collection<? extends GrantedAuthority> authorities) {
            List<String> groups = new ArrayList<>(authorities.stream().map(GrantedAuthority::getAuthority).toList());
            String[] memberOf = entry.getStringAttributes("memberOf");
            if (memberOf != null) {
                groups.addAll(Arrays.asList(memberOf));
            }
            return new DirectoryUser(mapping.identify(username, entry::getStringAttribute, groups));
        }

        @Override
        public void mapUserToContext(UserDetails user, DirContextAdapter ctx) {
            throw new UnsupportedOperationException("the portal never writes to the directory");
        }
    }

    /** Carries the identity out of Spring's provider; never a principal of the portal. */
    private record DirectoryUser(DirectoryIdentity identity) implements UserDetails {

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return List.of();
        }

        @Override
        public String getPassword() {
            return null;
        }

        @Override
        public String getUsername() {
            return identity.username();
        }
    }
}
