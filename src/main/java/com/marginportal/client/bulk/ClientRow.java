package com.marginportal.client.bulk;

import java.time.LocalDate;

/**
 * One client of the archive as a bulk write gives it. On an update, {@code advisoryAgreement},
 * {@code preferredLanguage} and {@code status} null keep the stored value; on an insert they default to no
 * agreement, zh-CN and ACTIVE. The phone's last four digits are stored for the "phone tail" search.
 */
public record ClientRow(long id, String name, String gender, LocalDate birthDate, String idNumber, String phone,
                        String email, String address, long branchId, Long advisorId, String riskTolerance,
                        String investmentPreference, String investmentHorizon, Boolean advisoryAgreement,
                        String preferredLanguage, LocalDate tradingSince, LocalDate openedOn, String status) {
}
