package com.marginportal.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The rows the generator writes, one record per table, column for column.
 * Timestamps are instants; the writer stores them as UTC wall time like the rest of the application.
 */
final class Rows {

    private Rows() {
    }

    record BranchRow(long id, String code, String name, String city) {
    }

    /** app_user without its generated id; {@code branchId} is null for the administrator. */
    record UserRow(String username, String displayName, String role, Long branchId, String phone, String email) {
    }

    record ClientRow(long id, String name, String gender, LocalDate birthDate, String idNumber, String phone,
                     String email, String address, long branchId, long advisorId, String riskTolerance,
                     String investmentPreference, String investmentHorizon, boolean advisoryAgreement,
                     String preferredLanguage, LocalDate tradingSince, LocalDate openedOn, String status) {

        String phoneTail() {
            return phone.substring(phone.length() - 4);
        }
    }

    /** {@code price} goes to security_price; its scale is the tick size (2 for stocks, 3 for funds). */
    record SecurityRow(String code, String name, String board, String securityType, String industry,
                       boolean indexMember, String status, BigDecimal conversionRate, boolean financingEligible,
                       boolean shortEligible, BigDecimal price) {
    }

    /** credit_account without the valuation columns, which keep their defaults until the valuation runs. */
    record AccountRow(long id, long clientId, BigDecimal cash, BigDecimal interestAndFees, BigDecimal creditLimit,
                      BigDecimal financingMarginRatio, BigDecimal shortMarginRatio, LocalDate contractStart,
                      LocalDate contractExpiry, BigDecimal specialWarningLine, BigDecimal specialMarginCallLine,
                      BigDecimal specialLiquidationLine) {
    }

    /** side LONG or SHORT; short rows carry proceeds, long rows the financed part. */
    record PositionRow(long accountId, String securityCode, String side, long quantity, BigDecimal costPrice,
                       long financedQuantity, BigDecimal financedAmount, BigDecimal shortProceeds) {

        static final String LONG = "LONG";
        static final String SHORT = "SHORT";

        boolean isLong() {
            return LONG.equals(side);
        }

        BigDecimal valueAt(BigDecimal price) {
            return price.multiply(BigDecimal.valueOf(quantity));
        }
    }

    record TradeRow(long accountId, String securityCode, Instant tradedAt, String tradeType, long quantity,
                    BigDecimal price, BigDecimal amount) {
    }

    record ContactRow(long clientId, long advisorId, Instant contactedAt, String channel, String direction,
                      boolean reached, String subject, String note) {
    }
}
