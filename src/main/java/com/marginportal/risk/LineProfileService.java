package com.marginportal.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.marginportal.risk.domain.RiskLines;
import com.marginportal.security.AuditLog;
import com.marginportal.security.CurrentUser;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The line profiles: read by every scan, edited by admins (validated, versioned, audited).
 * JdbcClient, not JPA: every scan reads all profiles at once; an edit is one UPDATE guarded by its version.
 */
@Service
public class LineProfileService {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    LineProfileService(JdbcClient jdbc, AuditLog auditLog, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RiskLineProfile> profiles() {
        return jdbc.sql("SELECT * FROM risk_line_profile ORDER BY is_default DESC, id")
                .query((rs, i) -> map(rs)).list();
    }

    /**
     * Replaces a profile's lines. {@code expectedVersion} is the version the editor loaded: a concurrent
     * change by someone else is refused instead of overwritten.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RiskLineProfile update(long id, RiskLines lines, int expectedVersion) {
        RiskLineProfile before = profiles().stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line profile " + id));
        int updated = jdbc.sql("""
                UPDATE risk_line_profile SET warning_line = :w, margin_call_line = :mc, liquidation_line = :liq,
                       top_up_target = :target, top_up_deadline_days = :days, financing_ratio_line = :fin,
                       version = version + 1, updated_at = :at, updated_by = :by
                 WHERE id = :id AND version = :version""")
                .param("w", lines.warning()).param("mc", lines.marginCall()).param("liq", lines.liquidation())
                .param("target", lines.topUpTarget()).param("days", lines.topUpDeadlineDays())
                .param("fin", lines.financingRatioLine())
                .param("at", Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .param("by", currentUser.usernameOrSystem()).param("id", id).param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("line profile " + id + " was changed by someone else");
        }
        auditLog.record("LINE_PROFILE_CHANGED", "RISK_LINE_PROFILE", String.valueOf(id),
                before.name() + ": " + describe(before.lines()) + " → " + describe(lines));
        return profiles().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    static String describe(RiskLines l) {
        return "warning " + l.warning().toPlainString() + ", margin call " + l.marginCall().toPlainString()
                + ", liquidation " + l.liquidation().toPlainString() + ", target " + l.topUpTarget().toPlainString()
                + ", deadline " + l.topUpDeadlineDays() + " trading days, financing-ratio line "
                + (l.financingRatioLine() == null ? "none" : l.financingRatioLine().toPlainString());
    }

    private static RiskLineProfile map(ResultSet rs) throws SQLException {
        RiskLines lines = new RiskLines(rs.getBigDecimal("warning_line"), rs.getBigDecimal("margin_call_line"),
                rs.getBigDecimal("liquidation_line"), rs.getBigDecimal("top_up_target"),
                rs.getInt("top_up_deadline_days"), rs.getBigDecimal("financing_ratio_line"));
        return new RiskLineProfile(rs.getLong("id"), rs.getString("name"), lines, rs.getString("applies_to_risk_class"),
                rs.getBoolean("is_default"), rs.getInt("version"),
                rs.getObject("updated_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString("updated_by"));
    }
}
