package com.marginportal.home;

import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientFilter;
import com.marginportal.home.domain.FirstSteps;
import com.marginportal.risk.LastScan;
import com.marginportal.risk.RiskCaseQueries;
import com.marginportal.security.AccountAdministration;
import com.marginportal.security.BranchAdministration;
import com.marginportal.security.Role;
import com.marginportal.security.UserSummary;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** How far a new installation is set up (see {@link FirstSteps}), each fact read through its own feature's service. */
@Service
public class Installation {

    private final BranchAdministration branches;
    private final AccountAdministration accounts;
    private final ClientDirectory clients;
    private final RiskCaseQueries cases;

    Installation(BranchAdministration branches, AccountAdministration accounts, ClientDirectory clients,
                 RiskCaseQueries cases) {
        this.branches = branches;
        this.accounts = accounts;
        this.clients = clients;
        this.cases = cases;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public FirstSteps firstSteps() {
        long open = branches.branches().stream().filter(b -> !b.closed()).count();
        var staff = accounts.accounts().stream().filter(UserSummary::enabled).toList();
        return new FirstSteps(open, staff.stream().filter(u -> u.role() == Role.ADVISOR).count(),
                staff.stream().filter(u -> u.role() == Role.MANAGER).count(), clients.count(ClientFilter.NONE),
                cases.lastScan().map(LastScan::accounts).orElse(0)); // an admin's: the firm's figure
    }
}
