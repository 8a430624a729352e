package com.opsledger.kernel.common;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in an ISO 4217 currency (12.50 EUR). Never floating point. Prices may carry up to
 * {@link #MAX_SCALE} decimal places; {@link #rounded()} gives the amount in the currency's own minor units. At most
 * {@link #MAX_AMOUNT} either way (a trillion: beyond any one order or invoice, and inside the {@code numeric(19,4)}
 * columns of the read models even summed a thousandfold); checked before any rescaling.
 */
public record Money(BigDecimal amount, String currency) {

    public static final int MAX_SCALE = 4;
    /** {@link #MAX_AMOUNT} as text, for the bounds of request fields. */
    public static final String MAX = "1000000000000";
    /** The most digits before the decimal point. */
    public static final int DIGITS = 13;
    public static final BigDecimal MAX_AMOUNT = new BigDecimal(MAX);

    public Money {
        Objects.requireNonNull(amount, "amount");
        currency = requireCurrency("currency", currency);
        requireInRange("amount", amount);
        amount = amount.setScale(Math.max(digits(currency), Math.min(MAX_SCALE,
                Math.max(0, amount.stripTrailingZeros().scale()))), RoundingMode.UNNECESSARY);
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Refuses, naming {@code field}, an amount no money can have: beyond {@link #MAX_AMOUNT} or too precise. */
    public static BigDecimal requireInRange(String field, BigDecimal amount) {
        return Decimals.requireInRange(field, amount, MAX_AMOUNT, MAX_SCALE);
    }

    /** The currency code in upper case, if it is one ISO 4217 knows. */
    public static String requireCurrency(String field, String currency) {
        if (currency == null || !currency.matches("[A-Za-z]{3}")) {
            throw new InvalidValueException(field, "must be an ISO 4217 currency code such as EUR");
        }
        try {
            return Currency.getInstance(currency.toUpperCase(java.util.Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be an ISO 4217 currency code such as EUR");
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    /** This price times a quantity, rounded to the currency's minor units. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(digits(currency), RoundingMode.HALF_UP), currency);
    }

    /** {@code percent} per cent of this amount, rounded to the currency's minor units. */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).divide(BigDecimal.valueOf(100), digits(currency),
                RoundingMode.HALF_UP), currency);
    }

    public Money rounded() {
        return new Money(amount.setScale(digits(currency), RoundingMode.HALF_UP), currency);
    }

    @JsonIgnore
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @JsonIgnore
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return amount.compareTo(same(other).amount) > 0;
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidValueException("currency", "cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }

    private static int digits(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
