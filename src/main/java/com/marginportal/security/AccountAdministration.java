package com.marginportal.security;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage the portal's accounts: create, change role and branch, disable and enable, reset a
 * password (temporary: changed at the next sign-in, except for API-only service accounts), unlock. Every change
 * is checked here, refused with a reason and no change, and audited with before → after.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class AccountAdministration {

    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{2,49}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

    private final AppUserRepository users;
    private final BranchRepository branches;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ObjectProvider<StaffWorkload> workloads;
    private final Clock clock;

    AccountAdministration(AppUserRepository users, BranchRepository branches, PasswordEncoder encoder, AuditLog audit,
                          CurrentUser currentUser, ObjectProvider<StaffWorkload> workloads, Clock clock) {
        this.users = users;
        this.branches = branches;
        this.encoder = encoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.workloads = workloads;
        this.clock = clock;
    }

    /** Every account, in natural order of the login (advisor2 before advisor10). */
    @Transactional(readOnly = true)
    public List<UserSummary> accounts() {
        return users.findAll().stream().map(AppUser::toSummary)
                .sorted((a, b) -> NaturalOrder.INSTANCE.compare(a.username(), b.username())).toList();
    }

    @Transactional(readOnly = true)
    public UserSummary account(long id) {
        return find(id).toSummary();
    }

    /** What the account still holds (clients, open cases); a held advisor must hand over before moving or leaving. */
    @Transactional(readOnly = true)
    public StaffWorkload.Workload workload(long id) {
        StaffWorkload w = workloads.getIfAvailable();
        return w == null ? StaffWorkload.Workload.NONE : w.of(id);
    }

    public UserSummary create(NewAccount account) {
        String username = account.username() == null ? "" : account.username().strip();
        if (!LOGIN.matcher(username).matches()) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.LOGIN_INVALID, username);
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.LOGIN_TAKEN, username);
        }
        String name = requireName(account.displayName());
        Role role = Objects.requireNonNull(account.role(), "role");
        Long branchId = checkBranch(role, account.branchId());
        String phone = checkPhone(account.phone());
        String email = checkEmail(account.email());
        PasswordPolicy.require(username, account.password());
        boolean temporary = !role.serviceAccount();
        AppUser user = users.save(new AppUser(username, encoder.encode(account.password()), name, role, branchId,
                phone, email, temporary, clock.instant()));
        audit.record("USER_CREATED", "USER", username, AuditText.of(temporary ? "userCreatedTemporary" : "userCreated",
                AuditText.word("role." + role), orDash(branchId)));
        return user.toSummary();
    }

    public UserSummary changeDetails(long id, String displayName, String phone, String email) {
        AppUser user = find(id);
        UserSummary before = user.toSummary();
        String name = requireName(displayName);
        String newPhone = checkPhone(phone);
        String newEmail = checkEmail(email);
        if (Objects.equals(before.displayName(), name) && Objects.equals(before.phone(), newPhone)
                && Objects.equals(before.email(), newEmail)) {
            return before;
        }
        user.describe(name, newPhone, newEmail);
        audit.record("USER_CHANGED", "USER", before.username(), before.displayName() + ", " + before.phone() + ", "
                + before.email() + " → " + user.toSummary().displayName() + ", " + user.toSummary().phone() + ", "
                + user.toSummary().email());
        return user.toSummary();
    }

    /** Details, role and branch in one step: all or nothing. */
    public UserSummary edit(long id, String displayName, String phone, String email, Role role, Long branchId) {
        requireName(displayName);
        checkPhone(phone);
        checkEmail(email);
        assign(id, role, branchId);
        return changeDetails(id, displayName, phone, email);
    }

    /** A new role or branch; refused for oneself and for an advisor who still holds clients or open cases. */
    public UserSummary assign(long id, Role role, Long branchId) {
        AppUser user = find(id);
        UserSummary before = user.toSummary();
        Long newBranch = before.role() == role && Objects.equals(before.branchId(), branchId) ? branchId
                : checkBranch(Objects.requireNonNull(role, "role"), branchId);
        if (before.role() == role && Objects.equals(before.branchId(), newBranch)) {
            return before;
        }
        notMyself(before);
        if (before.role() == Role.ADVISOR) {
            requireNoWork(before);
        }
        user.assign(role, newBranch);
        audit.record("USER_ROLE_CHANGED", "USER", before.username(), AuditText.of("userRoleChanged",
                AuditText.word("role." + before.role()), orDash(before.branchId()), AuditText.word("role." + role),
                orDash(newBranch)));
        return user.toSummary();
    }

    /** Disabling signs the user out of nothing already open, but no new sign-in or API call succeeds. */
    public UserSummary setEnabled(long id, boolean enabled) {
        AppUser user = find(id);
        UserSummary before = user.toSummary();
        if (before.enabled() == enabled) {
            return before;
        }
        if (!enabled) {
            notMyself(before);
            if (before.role() == Role.ADVISOR) {
                requireNoWork(before);
            }
        } else if (before.branchId() != null && branches.findById(before.branchId()).map(Branch::isClosed).orElse(false)) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.BRANCH_CLOSED, before.branchId());
        }
        user.setEnabled(enabled);
        audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", "USER", before.username(),
                AuditText.of(enabled ? "userEnabled" : "userDisabled"));
        return user.toSummary();
    }

    /**
     * Sets a new password the administrator hands over; a person must change it at the next sign-in, a service
     * account (API only) keeps it — that is how its credentials are rotated, without a restart.
     */
    public UserSummary resetPassword(long id, String newPassword) {
        AppUser user = find(id);
        if (user.isDirectoryManaged()) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.DIRECTORY_MANAGED, user.getUsername());
        }
        PasswordPolicy.require(user.getUsername(), newPassword);
        boolean temporary = !user.getRole().serviceAccount();
        user.setPassword(encoder.encode(newPassword), temporary, clock.instant());
        audit.record("PASSWORD_RESET", "USER", user.getUsername(), AuditText.of(temporary ? "passwordResetTemporary" : "credentialsRotated"));
        return user.toSummary();
    }

    public UserSummary unlock(long id) {
        AppUser user = find(id);
        UserSummary before = user.toSummary();
        user.unlock();
        audit.record("USER_UNLOCKED", "USER", before.username(),
                AuditText.of("userUnlocked", AuditText.time(before.lockedUntil())));
        return user.toSummary();
    }

    private AppUser find(long id) {
        return users.findById(id).orElseThrow(() -> new AccountChangeRejected(AccountChangeRejected.Problem.UNKNOWN_USER, id));
    }

    private void notMyself(UserSummary target) {
        if (currentUser.require().id() == target.id()) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.NOT_YOURSELF, target.username());
        }
    }

    private void requireNoWork(UserSummary advisor) {
        StaffWorkload.Workload held = workload(advisor.id());
        if (!held.isEmpty()) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.HOLDS_WORK, advisor.username(),
                    held.clients(), held.openCases(), held.openServiceWork());
        }
    }

    /** Advisors and managers belong to an open branch; administrators and service accounts to none. */
    private Long checkBranch(Role role, Long branchId) {
        if (role == Role.ADMIN || role.serviceAccount()) {
            return null;
        }
        if (branchId == null) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.BRANCH_REQUIRED);
        }
        Branch branch = branches.findById(branchId)
                .orElseThrow(() -> new AccountChangeRejected(AccountChangeRejected.Problem.UNKNOWN_BRANCH, branchId));
        if (branch.isClosed()) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.BRANCH_CLOSED, branch.getName());
        }
        return branchId;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.NAME_REQUIRED);
        }
        return name.strip();
    }

    private static String checkPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        if (!PHONE.matcher(phone.strip()).matches()) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.PHONE_INVALID, phone.strip());
        }
        return phone.strip();
    }

    private static String checkEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        if (email.strip().length() > 120 || !EMAIL.matcher(email.strip()).matches()) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.EMAIL_INVALID, email.strip());
        }
        return email.strip();
    }

    private static String orDash(Long value) {
        return value == null ? "-" : value.toString();
    }
}
