package com.marginportal.administration;

import com.marginportal.security.BranchOccupancy;
import com.marginportal.security.StaffWorkload;

import org.springframework.stereotype.Component;

/** A branch's clients and open risk cases, for closing it. */
@Component
class BranchWorkload implements BranchOccupancy {

    private final AdvisorWorkload workload;

    BranchWorkload(AdvisorWorkload workload) {
        this.workload = workload;
    }

    @Override
    public StaffWorkload.Workload of(long branchId) {
        return workload.ofBranch(branchId);
    }
}
