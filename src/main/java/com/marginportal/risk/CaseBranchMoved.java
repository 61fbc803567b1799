package com.marginportal.risk;

/**
 * A case in handling moved to another branch: its client is in that branch now (an archive import changed it), and
 * the scan wrote the case's new branch. Published in the scan's transaction; the workflow takes the case's process
 * and its open group tasks along (docs/workflow.md, "Who holds a case").
 */
public record CaseBranchMoved(long caseId, long clientId, long fromBranchId, long toBranchId) {
}
