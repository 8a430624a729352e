package com.opsledger.query.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;

/**
 * Replays the backorders of a period in memory, touching no read model: the actual outcome as the events tell it,
 * and the alternative one where every quantity that really went to these backorders (each arrival's allocations)
 * is shared out again under the alternative policy among the backorders open at that moment. A share no open
 * backorder needs waits for the next one of its stock item; the part held for gold waits for a gold backorder.
 */
final class AllocationReplay {

    /** A backorder's claim as the alternative policy sees it. */
    record Claim(String backorderId, String stockItemId, String tier, int priority, Instant slaDueDate,
                 Instant orderPlacedAt, Instant createdAt, BigDecimal quantity, BigDecimal value) {
    }

    private static final class Outcome {
        final Claim claim;
        BigDecimal remaining;
        Instant filledAt;
        boolean closed;

        Outcome(Claim claim) {
            this.claim = claim;
            this.remaining = claim.quantity();
        }
    }

    private AllocationReplay() {
    }

    static WhatIfView run(Instant from, Instant to, List<HistoryEvent> history, WhatIfOrdering policy,
                          DoubleConsumer progress) {
        Map<String, String> tiers = new HashMap<>();
        Map<String, Outcome> actual = new LinkedHashMap<>();
        Map<String, Outcome> alternative = new LinkedHashMap<>();
        Map<String, BigDecimal> free = new HashMap<>();
        Map<String, BigDecimal> heldForGold = new HashMap<>();
        int done = 0;
        for (HistoryEvent event : history) {
            switch (event.kind()) {
                case ORDER_PLACED -> tiers.put(event.orderId(), event.customerTier());
                case BACKORDER_CREATED -> {
                    Claim claim = new Claim(event.backorderId(), event.stockItemId(),
                            tiers.getOrDefault(event.orderId(), "STANDARD"), event.priority(), event.slaDueDate(),
                            event.orderPlacedAt(), event.at(), event.quantity(), event.unitPrice() == null
                            ? event.quantity() : event.quantity().multiply(event.unitPrice()));
                    actual.put(claim.backorderId(), new Outcome(claim));
                    Outcome created = new Outcome(claim);
                    alternative.put(claim.backorderId(), created);
                    if (claim.tier().equals("GOLD")) {
                        serve(created, heldForGold, event.at());
                    }
                    serve(created, free, event.at());
                }
                case ALLOCATED -> {
                    if (alternative.containsKey(event.backorderId())) {
                        share(event, alternative, free, heldForGold, policy);
                    }
                }
                case FULFILLED -> {
                    Outcome outcome = actual.get(event.backorderId());
                    if (outcome != null) {
                        outcome.filledAt = event.at();
                        outcome.remaining = BigDecimal.ZERO;
                    }
                }
                case CANCELLED -> {
                    close(actual.get(event.backorderId()));
                    close(alternative.get(event.backorderId()));
                }
            }
            if (++done % 1000 == 0) {
                progress.accept((double) done / history.size());
            }
        }
        return new WhatIfView(from, to, history.size(), kpis(actual.values(), to, true),
                kpis(alternative.values(), to, true));
    }

    private static void close(Outcome outcome) {
        if (outcome != null && outcome.filledAt == null) {
            outcome.closed = true;
        }
    }

    /** One arrival's quantity that went to a backorder, shared out again: gold's part first, then the policy's order. */
    private static void share(HistoryEvent event, Map<String, Outcome> open, Map<String, BigDecimal> free,
                              Map<String, BigDecimal> heldForGold, WhatIfOrdering policy) {
        String stockItem = event.stockItemId();
        BigDecimal arriving = event.quantity();
        BigDecimal held = arriving.multiply(BigDecimal.valueOf(policy.reserveForGold()))
                .divide(BigDecimal.valueOf(100), 6, RoundingMode.DOWN);
        heldForGold.merge(stockItem, held, BigDecimal::add);
        free.merge(stockItem, arriving.subtract(held), BigDecimal::add);
        List<Outcome> waiting = new ArrayList<>();
        for (Outcome outcome : open.values()) {
            if (!outcome.closed && outcome.filledAt == null && outcome.claim.stockItemId().equals(stockItem)) {
                waiting.add(outcome);
            }
        }
        waiting.sort((a, b) -> policy.order().compare(a.claim, b.claim));
        for (Outcome outcome : waiting) {
            if (outcome.claim.tier().equals("GOLD")) {
                serve(outcome, heldForGold, event.at());
            }
        }
        for (Outcome outcome : waiting) {
            serve(outcome, free, event.at());
        }
    }

    private static void serve(Outcome outcome, Map<String, BigDecimal> pool, Instant at) {
        String stockItem = outcome.claim.stockItemId();
        BigDecimal available = pool.getOrDefault(stockItem, BigDecimal.ZERO);
        if (outcome.closed || outcome.filledAt != null || available.signum() <= 0) {
            return;
        }
        BigDecimal part = available.min(outcome.remaining);
        pool.put(stockItem, available.subtract(part));
        outcome.remaining = outcome.remaining.subtract(part);
        if (outcome.remaining.signum() <= 0) {
            outcome.filledAt = at;
        }
    }

    private static PolicyKpis kpis(java.util.Collection<Outcome> outcomes, Instant to, boolean withTiers) {
        List<Double> hours = new ArrayList<>();
        int breaches = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.filledAt != null) {
                hours.add(Duration.between(outcome.claim.createdAt(), outcome.filledAt).toMillis() / 3_600_000.0);
            }
            Instant due = outcome.claim.slaDueDate();
            if (due != null && (outcome.filledAt != null ? outcome.filledAt.isAfter(due)
                    : !outcome.closed && due.isBefore(to))) {
                breaches++;
            }
        }
        hours.sort(Double::compare);
        Map<String, PolicyKpis> byTier = new TreeMap<>();
        if (withTiers) {
            Map<String, List<Outcome>> tiers = new TreeMap<>();
            outcomes.forEach(outcome -> tiers.computeIfAbsent(outcome.claim.tier(), t -> new ArrayList<>())
                    .add(outcome));
            tiers.forEach((tier, ofTier) -> byTier.put(tier, kpis(ofTier, to, false)));
        }
        int count = outcomes.size();
        return new PolicyKpis(count, hours.size(), count == 0 ? null : ratio(hours.size(), count),
                hours.isEmpty() ? null : decimal(hours.stream().mapToDouble(Double::doubleValue).average()
                        .orElse(0)),
                hours.isEmpty() ? null : decimal(hours.get((int) Math.ceil(0.9 * hours.size()) - 1)),
                breaches, withTiers ? byTier : null);
    }

    private static BigDecimal ratio(int part, int whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
