package com.marginportal.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Branches and advisors, as far as the current user may see them. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final AppUserRepository users;
    private final BranchRepository branches;
    private final CurrentUser currentUser;

    UserDirectory(AppUserRepository users, BranchRepository branches, CurrentUser currentUser) {
        this.users = users;
        this.branches = branches;
        this.currentUser = currentUser;
    }

    /** Branches the current user may filter by: all for an admin, their own otherwise. */
    @PreAuthorize("isAuthenticated()")
    public List<BranchInfo> visibleBranches() {
        PortalUser me = currentUser.require();
        return allBranches().stream()
                .filter(b -> me.dataScope().kind() == DataScope.Kind.ALL || b.id() == me.branchId())
                .toList();
    }

    /** Advisors the current user may filter by. */
    @PreAuthorize("isAuthenticated()")
    public List<UserAccount> visibleAdvisors() {
        PortalUser me = currentUser.require();
        List<AppUser> advisors = switch (me.dataScope().kind()) {
            case ALL -> users.findByRoleOrderByUsername(Role.ADVISOR);
            case BRANCH -> users.findByRoleAndBranchIdOrderByUsername(Role.ADVISOR, me.branchId());
            case ADVISOR -> users.findById(me.id()).stream().toList();
        };
        return advisors.stream().map(AppUser::toAccount).toList();
    }

    /** Display data for the given user ids (names in list rows); no scope: names are not confidential. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, UserAccount> usersById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(ids).stream().map(AppUser::toAccount)
                .collect(Collectors.toMap(UserAccount::id, Function.identity()));
    }

    /** Display names by user name (who recorded or decided something); unknown names are left out. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernameIn(usernames).stream()
                .map(AppUser::toAccount).collect(Collectors.toMap(UserAccount::username, UserAccount::displayName));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<UserAccount> user(long id) {
        return users.findById(id).map(AppUser::toAccount);
    }

    @PreAuthorize("isAuthenticated()")
    public Map<Long, BranchInfo> branchesById() {
        return allBranches().stream().collect(Collectors.toMap(BranchInfo::id, Function.identity()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> allUsers() {
        return users.findAll().stream().map(AppUser::toAccount)
                .sorted(Comparator.comparing(UserAccount::role).thenComparing(UserAccount::username))
                .toList();
    }

    private List<BranchInfo> allBranches() {
        return branches.findAll().stream().map(Branch::toInfo)
                .sorted(Comparator.comparing(BranchInfo::id)).toList();
    }
}
