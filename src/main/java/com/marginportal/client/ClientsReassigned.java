package com.marginportal.client;

import java.util.List;

/**
 * These clients may have another advisor now: a manager's bulk reassignment (also an advisor's handover), or an
 * archive import that names the clients' advisors. Published inside the transaction that wrote
 * {@code client.advisor_id}; what follows the client's advisor elsewhere (the workflow's cases in handling and their
 * tasks) listens synchronously, so it moves in the same transaction, or not at all.
 */
public record ClientsReassigned(List<Long> clientIds) {

    public ClientsReassigned {
        clientIds = List.copyOf(clientIds);
    }
}
