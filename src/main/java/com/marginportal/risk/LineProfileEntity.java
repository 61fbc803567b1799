package com.marginportal.risk;

import static com.marginportal.UtcColumns.stored;

import java.math.BigDecimal;
import java.time.Instant;

import com.marginportal.risk.domain.RiskLines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A risk_line_profile row: the profiles are seeded by the migration and only their lines are edited (by admins), so
 * there is no constructor for a new one. The version refuses an edit made from a stale read.
 */
@Entity
@Table(name = "risk_line_profile")
class LineProfileEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    /** The message key of a built-in profile's name (V042); null for a name shown as stored. */
    @Column(name = "name_key")
    private String nameKey;
    @Column(name = "warning_line")
    private BigDecimal warningLine;
    @Column(name = "margin_call_line")
    private BigDecimal marginCallLine;
    @Column(name = "liquidation_line")
    private BigDecimal liquidationLine;
    @Column(name = "top_up_target")
    private BigDecimal topUpTarget;
    @Column(name = "top_up_deadline_days")
    private int topUpDeadlineDays;
    @Column(name = "financing_ratio_line")
    private BigDecimal financingRatioLine;
    @Column(name = "applies_to_risk_class")
    private String appliesToRiskClass;
    @Column(name = "is_default")
    private boolean defaultProfile;
    @Version
    private int version;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected LineProfileEntity() {
    }

    void change(RiskLines lines, Instant now, String by) {
        warningLine = lines.warning();
        marginCallLine = lines.marginCall();
        liquidationLine = lines.liquidation();
        topUpTarget = lines.topUpTarget();
        topUpDeadlineDays = lines.topUpDeadlineDays();
        financingRatioLine = lines.financingRatioLine();
        updatedAt = stored(now);
        updatedBy = by;
    }

    RiskLineProfile toProfile() {
        return new RiskLineProfile(id, name, nameKey, new RiskLines(warningLine, marginCallLine, liquidationLine, topUpTarget,
                topUpDeadlineDays, financingRatioLine), appliesToRiskClass, defaultProfile, version, updatedAt, updatedBy);
    }
}
