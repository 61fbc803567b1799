package com.marginportal.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Repository;

/**
 * Contact attempts per case (insert only), through their repository; each moves the board row's last contact
 * ({@link CaseProcessStore}, the board's own table) in the same transaction.
 */
@Repository
class CaseContactStore {

    private final CaseContactRepository repository;
    private final CaseProcessStore board;

    CaseContactStore(CaseContactRepository repository, CaseProcessStore board) {
        this.repository = repository;
        this.board = board;
    }

    void insert(long caseId, int attempt, String channel, boolean reached, String plan, String promisedDate,
                String note, String by, Instant at) {
        repository.save(new CaseContactEntity(caseId, attempt, channel, reached, plan,
                promisedDate == null ? null : LocalDate.parse(promisedDate), note, by, at));
        board.contacted(caseId, at);
    }

    /** The case's contacts, oldest first, as plain maps for the resolution record's JSON. */
    List<Map<String, Object>> forCase(long caseId) {
        return repository.findByCaseIdOrderById(caseId).stream().map(CaseContactEntity::toMap).toList();
    }
}
