package com.marginportal.client;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A margin client in the archive. Personal data leaves this feature only masked. */
@Entity
@Table(name = "client")
class Client {

    @Id
    private Long id;
    private String name;
    private String gender;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(name = "id_number")
    private String idNumber;
    private String phone;
    @Column(name = "phone_tail")
    private String phoneTail;
    private String email;
    private String address;
    @Column(name = "branch_id")
    private Long branchId;
    @Column(name = "advisor_id")
    private Long advisorId;
    @Column(name = "risk_tolerance")
    private String riskTolerance;
    @Column(name = "investment_preference")
    private String investmentPreference;
    @Column(name = "investment_horizon")
    private String investmentHorizon;
    @Column(name = "advisory_agreement")
    private boolean advisoryAgreement;
    @Column(name = "preferred_language")
    private String preferredLanguage;
    @Column(name = "trading_since")
    private LocalDate tradingSince;
    @Column(name = "opened_on")
    private LocalDate openedOn;
    private String status;

    protected Client() {
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getGender() {
        return gender;
    }

    LocalDate getBirthDate() {
        return birthDate;
    }

    String getIdNumber() {
        return idNumber;
    }

    String getPhone() {
        return phone;
    }

    String getEmail() {
        return email;
    }

    String getAddress() {
        return address;
    }

    Long getBranchId() {
        return branchId;
    }

    Long getAdvisorId() {
        return advisorId;
    }

    String getRiskTolerance() {
        return riskTolerance;
    }

    String getInvestmentPreference() {
        return investmentPreference;
    }

    String getInvestmentHorizon() {
        return investmentHorizon;
    }

    boolean isAdvisoryAgreement() {
        return advisoryAgreement;
    }

    String getPreferredLanguage() {
        return preferredLanguage;
    }

    LocalDate getTradingSince() {
        return tradingSince;
    }

    LocalDate getOpenedOn() {
        return openedOn;
    }

    String getStatus() {
        return status;
    }
}
