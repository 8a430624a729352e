package com.opsledger.command.backorder;

import com.opsledger.kernel.customer.CustomerTier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The promises a backorder starts with, by the customer's tier: its priority, its SLA due date (the time allowed
 * from the order), when it counts as at risk, and its ETA from the product's lead time.
 */
public final class BackorderTerms {

    public static final String LEAD_TIME_BASIS = "lead-time";
    public static final String UNKNOWN_BASIS = "unknown";

    private final Map<CustomerTier, Duration> slaByTier;
    private final Map<CustomerTier, Integer> priorityByTier;
    private final Duration atRiskBefore;

    public BackorderTerms(Map<CustomerTier, Duration> slaByTier, Map<CustomerTier, Integer> priorityByTier,
                          Duration atRiskBefore) {
        this.slaByTier = new EnumMap<>(slaByTier);
        this.priorityByTier = new EnumMap<>(priorityByTier);
        this.atRiskBefore = Objects.requireNonNull(atRiskBefore);
        for (CustomerTier tier : CustomerTier.values()) {
            if (!slaByTier.containsKey(tier) || !priorityByTier.containsKey(tier)) {
                throw new IllegalArgumentException("backorder terms miss the tier " + tier.code());
            }
        }
    }

    /** Gold 7 days at priority 300, silver 10 days at 200, standard 14 days at 100; at risk 2 days before. */
    public static BackorderTerms defaults() {
        return new BackorderTerms(
                Map.of(CustomerTier.GOLD, Duration.ofDays(7), CustomerTier.SILVER, Duration.ofDays(10),
                        CustomerTier.STANDARD, Duration.ofDays(14)),
                Map.of(CustomerTier.GOLD, 300, CustomerTier.SILVER, 200, CustomerTier.STANDARD, 100),
                Duration.ofDays(2));
    }

    public int priority(String tier) {
        return priorityByTier.get(CustomerTier.parse("tier", tier));
    }

    public Instant slaDueDate(String tier, Instant orderPlacedAt) {
        return orderPlacedAt.plus(slaByTier.get(CustomerTier.parse("tier", tier)));
    }

    /** When an open backorder counts as at risk: some time before its due date, but never before it exists. */
    public Instant atRiskAt(Instant slaDueDate, Instant createdAt) {
        Instant atRisk = slaDueDate.minus(atRiskBefore);
        return atRisk.isBefore(createdAt) ? createdAt : atRisk;
    }

    /** The date stock can be expected from the product's lead time, counted from {@code from}; null when unknown. */
    public static LocalDate etaFromLeadTime(OptionalInt leadTimeDays, Instant from) {
        return leadTimeDays.isPresent()
                ? LocalDate.ofInstant(from, ZoneOffset.UTC).plusDays(leadTimeDays.getAsInt()) : null;
    }
}
