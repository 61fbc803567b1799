package com.marginportal.workflow;

import com.marginportal.security.PlainText;

/** The reason a manager gives for an action on the board (决定理由): required, plain text, as long as its column. */
final class BoardReasons {

    /** The length of {@code case_decision.reason}. */
    static final int MAX_LENGTH = 1000;

    private BoardReasons() {
    }

    static void require(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CaseActionException("reasonRequired");
        }
        if (reason.strip().length() > MAX_LENGTH) {
            throw new CaseActionException("reasonLength", MAX_LENGTH);
        }
        PlainText.requireMultiLine("reason", reason);
    }
}
