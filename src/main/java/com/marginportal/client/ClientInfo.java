package com.marginportal.client;

import java.time.LocalDate;

/** Client profile as shown to users: identity data masked on the server. */
public record ClientInfo(long id, String name, String gender, LocalDate birthDate, String maskedIdNumber,
                         String maskedPhone, String maskedEmail, long branchId, Long advisorId,
                         String riskTolerance, String investmentPreference, String investmentHorizon,
                         boolean advisoryAgreement, String preferredLanguage, LocalDate tradingSince,
                         LocalDate openedOn, String status) {
}
