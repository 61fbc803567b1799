package com.marginportal.workflow;

import static com.marginportal.UtcColumns.utc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.marginportal.notification.NoticeKind;
import com.marginportal.notification.NoticeType;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * case_acknowledgement: insert once per notice (a repeated message adds nothing), read per case; never changed.
 * JdbcClient, not JPA: the insert-if-absent answers false to a racing duplicate instead of failing the breach process.
 */
@Repository
class CaseAcknowledgementStore {

    private final JdbcClient jdbc;

    CaseAcknowledgementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the notice's acknowledgement was recorded before. */
    boolean insert(CaseAcknowledgement a, Instant recordedAt) {
        try {
            return jdbc.sql("""
                INSERT INTO case_acknowledgement (notice_id, case_id, notice_type, acknowledged_at, recorded_at)
                SELECT ?, ?, ?, ?, ? FROM (SELECT 1 AS one) x
                 WHERE NOT EXISTS (SELECT 1 FROM case_acknowledgement WHERE notice_id = ?)""")
                .params(a.noticeId(), a.caseId(), a.noticeType().name(), utc(a.acknowledgedAt()), utc(recordedAt),
                        a.noticeId())
                .update() == 1;
        } catch (DuplicateKeyException recordedMeanwhile) {
            return false;
        }
    }

    List<CaseAcknowledgement> forCase(long caseId) {
        return jdbc.sql("""
                SELECT a.notice_id, a.case_id, a.notice_type, a.acknowledged_at, n.snapshot FROM case_acknowledgement a
                  LEFT JOIN notification n ON n.id = a.notice_id
                 WHERE a.case_id = ? ORDER BY a.acknowledged_at, a.notice_id""")
                .param(caseId)
                .query((rs, i) -> new CaseAcknowledgement(rs.getLong(1), rs.getLong(2),
                        NoticeType.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        NoticeKind.of(NoticeType.valueOf(rs.getString(3)), rs.getString(5))))
                .list();
    }

}
