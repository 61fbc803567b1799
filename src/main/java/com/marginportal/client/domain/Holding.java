package com.marginportal.client.domain;

import java.math.BigDecimal;

/**
 * One security position in a credit account, as needed for valuation.
 *
 * <p>For a LONG holding, {@code financedQuantity} of the {@code quantity} shares were bought with
 * financing of {@code financedAmount} (outstanding principal); the rest is plain collateral.
 * For a SHORT holding, {@code quantity} shares were sold short for {@code shortProceeds}.
 *
 * <p>Every violation throws {@link IllegalArgumentException} (also for nulls) so that importers can
 * report bad rows uniformly; the message names the field.
 */
public record Holding(
        String securityCode,
        PositionSide side,
        long quantity,
        BigDecimal price,
        BigDecimal conversionRate,
        long financedQuantity,
        BigDecimal financedAmount,
        BigDecimal shortProceeds) {

    public Holding {
        if (securityCode == null || securityCode.isBlank()) {
            throw new IllegalArgumentException("securityCode must not be blank");
        }
        require(side != null, "side must not be null");
        require(quantity >= 0, "quantity must be >= 0, was " + quantity);
        requireNonNegative(price, "price");
        requireNonNegative(conversionRate, "conversionRate");
        require(conversionRate.compareTo(BigDecimal.ONE) <= 0,
                "conversionRate must be within [0, 1], was " + conversionRate);
        require(financedQuantity >= 0 && financedQuantity <= quantity,
                "financedQuantity must be within [0, quantity=" + quantity + "], was " + financedQuantity);
        requireNonNegative(financedAmount, "financedAmount");
        requireNonNegative(shortProceeds, "shortProceeds");
        if (side == PositionSide.SHORT) {
            require(financedQuantity == 0, "financedQuantity must be 0 for a SHORT holding, was " + financedQuantity);
            require(financedAmount.signum() == 0, "financedAmount must be 0 for a SHORT holding, was " + financedAmount);
        } else {
            require(shortProceeds.signum() == 0, "shortProceeds must be 0 for a LONG holding, was " + shortProceeds);
        }
    }

    /** A long position bought entirely with the client's own funds. */
    public static Holding collateral(String code, long quantity, BigDecimal price, BigDecimal rate) {
        return new Holding(code, PositionSide.LONG, quantity, price, rate, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** A long position of which {@code financedQuantity} shares carry {@code financedAmount} of financing principal. */
    public static Holding financed(String code, long quantity, BigDecimal price, BigDecimal rate,
                                   long financedQuantity, BigDecimal financedAmount) {
        return new Holding(code, PositionSide.LONG, quantity, price, rate,
                financedQuantity, financedAmount, BigDecimal.ZERO);
    }

    /** A short position: {@code quantity} borrowed shares sold for {@code proceeds}. */
    public static Holding shortSale(String code, long quantity, BigDecimal price, BigDecimal rate,
                                    BigDecimal proceeds) {
        return new Holding(code, PositionSide.SHORT, quantity, price, rate, 0, BigDecimal.ZERO, proceeds);
    }

    /** Current value of the whole position: quantity × price (unrounded). */
    public BigDecimal marketValue() {
        return price.multiply(BigDecimal.valueOf(quantity));
    }

    private static void requireNonNegative(BigDecimal value, String field) {
        require(value != null, field + " must not be null");
        require(value.signum() >= 0, field + " must be >= 0, was " + value);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
