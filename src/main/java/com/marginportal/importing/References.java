package com.marginportal.importing;

import java.util.Map;

/** What rows may refer to, as it stands in the database when the import starts. */
interface References {

    /** A portal user as client rows name them (advisor usernames). */
    record User(long id, String role, Long branchId) {
    }

    /** Security code → a dense index (0..n-1), used to pack composite keys. */
    Map<String, Integer> securities();

    /** Credit account ids, each with its client id. */
    LongIndex accounts();

    /** Client ids, each with its credit account id or {@link LongIndex#NONE}. */
    LongIndex clients();

    /** Client ids, each with the id of the branch the client is in now. */
    LongIndex clientBranches();

    /** Branch code → branch id. */
    Map<String, Long> branches();

    /** Username → user. */
    Map<String, User> users();
}
