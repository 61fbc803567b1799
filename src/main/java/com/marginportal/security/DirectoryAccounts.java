package com.marginportal.security;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local row of a directory user: the portal's data scope, audit, names and task assignment all hang on
 * {@code app_user}, so a directory sign-in creates or updates that row (name, e-mail, role, branch from the
 * directory) and yields the same {@link PortalUser} as a local sign-in. The row is marked directory-managed: it has
 * no usable local password. An existing local account of the same login is taken over at its first directory
 * sign-in (its id, clients and history stay). A portal-disabled account stays refused whatever the directory says.
 */
@Service
@Transactional
public class DirectoryAccounts {

    private final AppUserRepository users;
    private final BranchRepository branches;
    private final AuditLog audit;
    private final Clock clock;

    DirectoryAccounts(AppUserRepository users, BranchRepository branches, AuditLog audit, Clock clock) {
        this.users = users;
        this.branches = branches;
        this.audit = audit;
        this.clock = clock;
    }

    /** The login as the directory path keys it: trimmed, lower case (directories match logins case-insensitively). */
    public static String canonical(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    /** Service accounts (INTEGRATION, METRICS) that are not directory-managed, and the configured local logins, keep their local password. */
    @Transactional(readOnly = true)
    public boolean signsInLocally(String username, Set<String> localLogins) {
        if (localLogins.contains(username)) {
            return true;
        }
        return users.findByUsername(username).map(u -> u.getRole().serviceAccount() && !u.isDirectoryManaged())
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean directoryManaged(String username) {
        return users.findByUsername(username).map(AppUser::isDirectoryManaged).orElse(false);
    }

    /**
     * @throws SignInRefused in no mapped group, or an advisor / manager without exactly one open branch
     * @throws DisabledException when the portal account is disabled
     */
    public PortalUser signIn(DirectoryIdentity who) {
        if (who.role() == null) {
            throw new SignInRefused(SignInRefused.Reason.NO_DIRECTORY_GROUP, "in none of the mapped groups " + who.groups());
        }
        Long branchId = branchOf(who);
        String name = text(who.displayName(), 100, who.username());
        String email = text(who.email(), 120, null);
        email = email != null && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? email : null;
        AppUser user = users.findByUsername(who.username()).orElse(null);
        if (user == null) {
            user = new AppUser(who.username(), AppUser.DIRECTORY_PASSWORD, name, who.role(), branchId, null, email, false,
                    clock.instant());
            user.manageInDirectory(clock.instant());
            users.save(user);
            audit.recordAs(who.username(), "USER_CREATED", "USER", who.username(), AuditText.of("userFromDirectory",
                    AuditText.word("role." + who.role()), orDash(branchId), who.groups()));
            return user.toPrincipal();
        }
        if (!user.isEnabled()) {
            throw new DisabledException("disabled in the portal");
        }
        if (!user.isDirectoryManaged()) {
            user.manageInDirectory(clock.instant());
            audit.recordAs(who.username(), "USER_CHANGED", "USER", who.username(),
                    AuditText.of("userNowInDirectory"));
        }
        update(user, who, branchId, name, email);
        return user.toPrincipal();
    }

    private void update(AppUser user, DirectoryIdentity who, Long branchId, String name, String email) {
        UserSummary before = user.toSummary();
        if (before.role() != who.role() || !Objects.equals(before.branchId(), branchId)) {
            // the directory decides; an advisor's clients and cases stay on the account until an administrator
            // hands them over (the users view shows what they hold; sign-in runs before anyone is authenticated)
            user.assign(who.role(), branchId);
            audit.recordAs(who.username(), "USER_ROLE_CHANGED", "USER", who.username(), AuditText.of(
                    "userRoleFromDirectory", AuditText.word("role." + before.role()), orDash(before.branchId()),
                    AuditText.word("role." + who.role()), orDash(branchId)));
        }
        if (!Objects.equals(before.displayName(), name) || !Objects.equals(before.email(), email)) {
            user.describe(name, before.phone(), email);
            audit.recordAs(who.username(), "USER_CHANGED", "USER", who.username(), AuditText.of("userDetailsFromDirectory",
                    before.displayName(), before.email(), name, email));
        }
    }

    /** Advisors and managers need exactly one open branch; administrators have none. */
    private Long branchOf(DirectoryIdentity who) {
        if (who.role() == Role.ADMIN || who.role().serviceAccount()) {
            return null;
        }
        if (who.branchCodes().size() != 1) {
            throw new SignInRefused(SignInRefused.Reason.NO_DIRECTORY_BRANCH, (who.branchCodes().isEmpty()
                    ? "no branch" : "several branches " + who.branchCodes()) + " for " + who.role());
        }
        String code = who.branchCodes().get(0);
        return branches.findByCodeIgnoreCase(code).filter(b -> !b.isClosed()).map(b -> b.toInfo().id())
                .orElseThrow(() -> new SignInRefused(SignInRefused.Reason.NO_DIRECTORY_BRANCH,
                        "branch " + code + " is unknown or closed"));
    }

    private static String text(String value, int max, String fallback) {
        if (value == null || value.isBlank() || PlainText.problem(value, false).isPresent()) {
            return fallback;
        }
        String v = value.strip();
        return v.length() <= max ? v : v.substring(0, max);
    }

    private static String orDash(Long value) {
        return value == null ? "-" : value.toString();
    }
}
