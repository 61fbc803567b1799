package com.marginportal.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.marginportal.notification.NoticeRecord;
import com.marginportal.risk.CaseEventRow;

/**
 * Everything the board's case view shows: the board row, the process diagram with its active and completed
 * elements, the process variables in business terms, the case history ({@link CaseHistories}: the same events the
 * resolution record lists) and the records it is made of.
 */
public record CaseFile(BoardRow row, String bpmnXml, Set<String> activeElements, Set<String> completedElements,
                       Facts facts, List<CaseEventRow> events, List<TaskEntry> tasks, List<NoticeRecord> notices,
                       List<ContactEntry> contacts, List<NoteEntry> notes, List<CaseHistoryEntry> history) {

    /**
     * The variables a manager needs, named as the business names them ({@code decidedByName}: display name;
     * {@code heldDeadline}: the deadline the client holds in writing, {@link CaseDueDates#toldDeadline}).
     */
    public record Facts(String advisor, Instant contactDue, Instant deadline, Integer attempts, Integer maxAttempts,
                        Integer extensions, Integer maxExtensions, String decision, String decisionReason,
                        String decidedBy, String decidedByName, boolean restored, Instant heldDeadline) {
    }

    /**
     * Whether the board may extend the deadline now: while it runs, with an extension left (what
     * {@link DeadlineExtensions#extend} refuses otherwise).
     */
    public boolean extendable() {
        return DeadlineExtensions.deadlineRunning(row.level(), row.step()) && facts != null
                && (facts.extensions() == null ? 0 : facts.extensions())
                < (facts.maxExtensions() == null ? Integer.MAX_VALUE : facts.maxExtensions());
    }

    public record TaskEntry(String definitionKey, String assignee, Instant created, Instant due, Instant ended) {
    }

    public record ContactEntry(int attempt, String channel, boolean reached, String plan, String note,
                               String recordedBy, Instant recordedAt) {
    }

    public record NoteEntry(String note, String writtenBy, Instant writtenAt) {
    }
}
