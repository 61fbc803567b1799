package com.marginportal.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The client's credit (margin) account; one per client. */
@Entity
@Table(name = "credit_account")
class CreditAccount {

    @Id
    private Long id;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;
    private BigDecimal cash;
    @Column(name = "interest_and_fees")
    private BigDecimal interestAndFees;
    @Column(name = "credit_limit")
    private BigDecimal creditLimit;
    @Column(name = "financing_margin_ratio")
    private BigDecimal financingMarginRatio;
    @Column(name = "short_margin_ratio")
    private BigDecimal shortMarginRatio;
    @Column(name = "contract_start")
    private LocalDate contractStart;
    @Column(name = "contract_expiry")
    private LocalDate contractExpiry;
    @Column(name = "special_warning_line")
    private BigDecimal specialWarningLine;
    @Column(name = "special_margin_call_line")
    private BigDecimal specialMarginCallLine;
    @Column(name = "special_liquidation_line")
    private BigDecimal specialLiquidationLine;
    @Column(name = "total_assets")
    private BigDecimal totalAssets;
    @Column(name = "total_debt")
    private BigDecimal totalDebt;
    @Column(name = "maintenance_ratio")
    private BigDecimal maintenanceRatio;
    @Column(name = "valued_at")
    private Instant valuedAt;

    protected CreditAccount() {
    }

    Long getId() {
        return id;
    }

    Client getClient() {
        return client;
    }

    BigDecimal getCash() {
        return cash;
    }

    BigDecimal getInterestAndFees() {
        return interestAndFees;
    }

    BigDecimal getCreditLimit() {
        return creditLimit;
    }

    BigDecimal getFinancingMarginRatio() {
        return financingMarginRatio;
    }

    BigDecimal getShortMarginRatio() {
        return shortMarginRatio;
    }

    LocalDate getContractStart() {
        return contractStart;
    }

    LocalDate getContractExpiry() {
        return contractExpiry;
    }

    BigDecimal getSpecialWarningLine() {
        return specialWarningLine;
    }

    BigDecimal getSpecialMarginCallLine() {
        return specialMarginCallLine;
    }

    BigDecimal getSpecialLiquidationLine() {
        return specialLiquidationLine;
    }

    Instant getValuedAt() {
        return valuedAt;
    }
}
