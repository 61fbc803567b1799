package com.marginportal.security;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators open, rename and close branches. A branch closes only when no client and no open risk case is
 * left in it and no enabled staff belongs to it (the message gives the counts); closed branches stay for history.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class BranchAdministration {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,16}");

    private final BranchRepository branches;
    private final AppUserRepository users;
    private final ObjectProvider<BranchOccupancy> occupancy;
    private final AuditLog audit;
    private final Clock clock;

    BranchAdministration(BranchRepository branches, AppUserRepository users, ObjectProvider<BranchOccupancy> occupancy,
                         AuditLog audit, Clock clock) {
        this.branches = branches;
        this.users = users;
        this.occupancy = occupancy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<BranchSummary> branches() {
        return branches.findAll().stream().map(Branch::toSummary).sorted(Comparator.comparing(BranchSummary::id)).toList();
    }

    public BranchSummary create(String code, String name, String city) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.BRANCH_CODE_INVALID, c);
        }
        if (branches.existsByCodeIgnoreCase(c)) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.BRANCH_CODE_TAKEN, c);
        }
        // ids are assigned here (the column has no auto-increment); a concurrent create fails on the key, changing nothing
        Branch branch = branches.saveAndFlush(new Branch(branches.maxId() + 1, c, requireName(name), requireCity(city)));
        audit.record("BRANCH_CREATED", "BRANCH", c, branch.getName() + ", " + branch.getCity());
        return branch.toSummary();
    }

    public BranchSummary rename(long id, String name, String city) {
        Branch branch = find(id);
        String before = branch.getName() + ", " + branch.getCity();
        branch.rename(requireName(name), requireCity(city));
        audit.record("BRANCH_RENAMED", "BRANCH", branch.toSummary().code(), before + " → " + branch.getName() + ", " + branch.getCity());
        return branch.toSummary();
    }

    /** What still lies in the branch (shown before closing). */
    @Transactional(readOnly = true)
    public StaffWorkload.Workload occupancy(long id) {
        BranchOccupancy o = occupancy.getIfAvailable();
        return o == null ? StaffWorkload.Workload.NONE : o.of(id);
    }

    public BranchSummary close(long id) {
        Branch branch = find(id);
        if (branch.isClosed()) {
            return branch.toSummary();
        }
        StaffWorkload.Workload left = occupancy(id);
        if (!left.isEmpty()) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.BRANCH_IN_USE, branch.getName(),
                    left.clients(), left.openCases());
        }
        long staff = users.countByBranchIdAndEnabledTrue(id);
        if (staff > 0) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.BRANCH_HAS_STAFF, branch.getName(), staff);
        }
        branch.close(clock.instant());
        audit.record("BRANCH_CLOSED", "BRANCH", branch.toSummary().code(), branch.getName());
        return branch.toSummary();
    }

    private Branch find(long id) {
        return branches.findById(id).orElseThrow(() -> new AccountChangeRejected(AccountChangeRejected.Problem.UNKNOWN_BRANCH, id));
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.BRANCH_NAME_REQUIRED);
        }
        return name.strip();
    }

    private static String requireCity(String city) {
        if (city == null || city.isBlank() || city.strip().length() > 50) {
            throw new AccountChangeRejected(AccountChangeRejected.Problem.BRANCH_NAME_REQUIRED);
        }
        return city.strip();
    }
}
