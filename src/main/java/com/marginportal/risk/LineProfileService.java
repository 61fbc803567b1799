package com.marginportal.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.marginportal.VersionedRows;
import com.marginportal.risk.domain.RiskLines;
import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditText;
import com.marginportal.security.CurrentUser;

import jakarta.persistence.EntityManager;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The line profiles: read by every scan (all of them, default first), edited by admins (validated, versioned by the
 * entity's {@code @Version}, audited).
 */
@Service
public class LineProfileService {

    private static final Sort DEFAULT_FIRST = Sort.by(Sort.Order.desc("defaultProfile"), Sort.Order.asc("id"));

    private final LineProfileRepository repository;
    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    LineProfileService(LineProfileRepository repository, EntityManager entityManager, AuditLog auditLog,
                       CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RiskLineProfile> profiles() {
        return repository.findAll(DEFAULT_FIRST).stream().map(LineProfileEntity::toProfile).toList();
    }

    /**
     * Replaces a profile's lines. {@code expectedVersion} is the version the editor loaded: a concurrent
     * change by someone else is refused instead of overwritten. The row is written before the audit entry (which
     * commits on its own), so a refused edit is never audited.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RiskLineProfile update(long id, RiskLines lines, int expectedVersion) {
        LineProfileEntity profile = repository.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("no line profile " + id));
        RiskLineProfile before = profile.toProfile();
        if (before.version() != expectedVersion) {
            throw changedMeanwhile(id);
        }
        profile.change(lines, clock.instant(), currentUser.usernameOrSystem());
        if (!VersionedRows.saved(repository, entityManager, profile)) {
            throw changedMeanwhile(id);
        }
        entityManager.refresh(profile); // as the table keeps it (DECIMAL(7,4)), like every later read
        List<Object> args = new ArrayList<>(List.of(before.name()));
        args.addAll(auditArgs(before.lines()));
        args.addAll(auditArgs(lines));
        auditLog.record("LINE_PROFILE_CHANGED", "RISK_LINE_PROFILE", String.valueOf(id),
                AuditText.of("lineProfileChanged", args.toArray()));
        return profile.toProfile();
    }

    /** The lines as percentages, in the order of the audit text: warning, margin call, liquidation, target, days, financing. */
    private static List<String> auditArgs(RiskLines l) {
        return List.of(percent(l.warning()), percent(l.marginCall()), percent(l.liquidation()),
                percent(l.topUpTarget()), Integer.toString(l.topUpDeadlineDays()), percent(l.financingRatioLine()));
    }

    private static String percent(BigDecimal ratio) {
        return ratio == null ? "-" : ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static OptimisticLockingFailureException changedMeanwhile(long id) {
        return new OptimisticLockingFailureException("line profile " + id + " was changed by someone else");
    }
}
