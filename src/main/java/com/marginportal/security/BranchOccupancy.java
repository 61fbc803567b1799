package com.marginportal.security;

/** What still lies in a branch (clients, open risk cases): a branch closes only when this is empty. */
public interface BranchOccupancy {

    StaffWorkload.Workload of(long branchId);
}
