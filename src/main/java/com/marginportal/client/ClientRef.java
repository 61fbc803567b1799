package com.marginportal.client;

/** Who a client is and who looks after them: enough for other features to file work for the client. */
public record ClientRef(long id, String name, long branchId, Long advisorId) {
}
