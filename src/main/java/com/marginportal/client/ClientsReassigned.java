package com.marginportal.client;

import java.util.List;

/**
 * These clients may have another advisor or branch now: a manager's bulk reassignment (also an advisor's handover),
 * an archive import that names the clients' advisors, or one that moves clients to another branch without naming
 * them (then each keeps her advisor). Published inside the transaction that wrote {@code client.advisor_id} or
 * {@code client.branch_id}; what follows the client's advisor elsewhere (the workflow's cases in handling and their
 * tasks, the client service's open requests and planned contacts) listens synchronously, so it moves in the same
 * transaction, or not at all.
 *
 * @param moves each client with the branch and advisor she has now
 */
public record ClientsReassigned(List<Move> moves) {

    /** Where one client is after the move: her branch and her advisor (null: none). */
    public record Move(long clientId, long branchId, Long advisorId) {
    }

    public ClientsReassigned {
        moves = List.copyOf(moves);
    }

    public List<Long> clientIds() {
        return moves.stream().map(Move::clientId).toList();
    }
}
