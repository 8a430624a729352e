package com.opsledger.kernel.common;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An exact amount of something in a unit of measure (2.5 kg, 12 pcs). Never floating point. */
public record Quantity(BigDecimal amount, String unit) implements Comparable<Quantity> {

    public static final int MAX_SCALE = 3;

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        UnitOfMeasure.requireValid("unit", unit);
        if (amount.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new InvalidValueException("quantity", "has more than " + MAX_SCALE + " decimal places");
        }
        amount = amount.setScale(MAX_SCALE, RoundingMode.UNNECESSARY);
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
