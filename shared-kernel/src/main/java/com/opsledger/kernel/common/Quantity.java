package com.opsledger.kernel.common;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of something in a unit of measure (2.5 kg, 12 pcs). Never floating point. At most
 * {@link #MAX_AMOUNT} either way (a billion units: more than any one business line means, and far inside the
 * {@code numeric(19,3)} columns of the read models even summed) and {@link #MAX_SCALE} decimal places. The bound is
 * checked before any rescaling, so an absurd exponent ({@code 1e200000000}) is refused at once.
 */
public record Quantity(BigDecimal amount, String unit) implements Comparable<Quantity> {

    public static final int MAX_SCALE = 3;
    /** {@link #MAX_AMOUNT} as text, for the bounds of request fields. */
    public static final String MAX = "1000000000";
    public static final String MIN = "-" + MAX;
    /** The most digits before the decimal point. */
    public static final int DIGITS = 10;
    public static final BigDecimal MAX_AMOUNT = new BigDecimal(MAX);

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        UnitOfMeasure.requireValid("unit", unit);
        amount = requireInRange("quantity", amount).setScale(MAX_SCALE, RoundingMode.UNNECESSARY);
    }

    /** Refuses, naming {@code field}, an amount no quantity can have: beyond {@link #MAX_AMOUNT} or too precise. */
    public static BigDecimal requireInRange(String field, BigDecimal amount) {
        return Decimals.requireInRange(field, amount, MAX_AMOUNT, MAX_SCALE);
    }


    public static Quantity of(BigDecimal amount, String unit) {
        return new Quantity(amount, unit);
    }

    public static Quantity zero(String unit) {
        return new Quantity(BigDecimal.ZERO, unit);
    }

    public Quantity plus(Quantity other) {
        return new Quantity(amount.add(sameUnit(other).amount), unit);
    }

    public Quantity minus(Quantity other) {
        return new Quantity(amount.subtract(sameUnit(other).amount), unit);
    }

    public Quantity min(Quantity other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Quantity negate() {
        return new Quantity(amount.negate(), unit);
    }

    @JsonIgnore
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @JsonIgnore
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @JsonIgnore
    public boolean isZero() {
        return amount.signum() == 0;
    }

    @JsonIgnore
    public boolean isGreaterThan(Quantity other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Quantity other) {
        return amount.compareTo(sameUnit(other).amount);
    }

    private Quantity sameUnit(Quantity other) {
        if (!unit.equals(other.unit)) {
            throw new InvalidValueException("unit", "cannot combine " + unit + " with " + other.unit);
        }
        return other;
    }

    @Override
    public String toString() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit;
    }
}
