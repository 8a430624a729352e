package com.opsledger.query.analysis;

import com.opsledger.kernel.common.InvalidValueException;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The alternative allocation policy of a what-if, as a named rule: which open backorder is served first (by the keys
 * in the order given, then the oldest backorder), and how much of each arrival is held for gold customers.
 */
final class WhatIfOrdering {

    static final List<String> KEYS = List.of("priority", "dueDate", "age", "tier", "value");
    private static final Map<String, Integer> DEFAULT_WEIGHTS = Map.of("GOLD", 3, "SILVER", 2, "STANDARD", 1);

    private final Comparator<AllocationReplay.Claim> order;
    private final int reserveForGold;

    private WhatIfOrdering(Comparator<AllocationReplay.Claim> order, int reserveForGold) {
        this.order = order;
        this.reserveForGold = reserveForGold;
    }

    static WhatIfOrdering of(WhatIfRequest.Policy policy) {
        if (policy == null || policy.order() == null || policy.order().isEmpty()) {
            throw new InvalidValueException("policy.order", "must name at least one of " + KEYS);
        }
        if (policy.order().size() > KEYS.size()) {
            throw new InvalidValueException("policy.order", "must name each of " + KEYS + " at most once");
        }
        Map<String, Integer> weights = weights(policy.tierWeights());
        Comparator<AllocationReplay.Claim> order = null;
        for (String key : policy.order()) {
            Comparator<AllocationReplay.Claim> next = switch (key == null ? "" : key) {
                case "priority" -> Comparator.comparingInt(AllocationReplay.Claim::priority).reversed();
                case "dueDate" -> Comparator.comparing(AllocationReplay.Claim::slaDueDate,
                        Comparator.nullsLast(Comparator.naturalOrder()));
                case "age" -> Comparator.comparing(AllocationReplay.Claim::orderPlacedAt,
                        Comparator.nullsLast(Comparator.naturalOrder()));
                case "tier" -> Comparator.comparingInt((AllocationReplay.Claim claim) ->
                        weights.getOrDefault(claim.tier(), 0)).reversed();
                case "value" -> Comparator.comparing(AllocationReplay.Claim::value).reversed();
                default -> throw new InvalidValueException("policy.order", "must hold only " + KEYS + ", not " + key);
            };
            order = order == null ? next : order.thenComparing(next);
        }
        int reserve = policy.reserveForGold() == null ? 0 : policy.reserveForGold();
        if (reserve < 0 || reserve > 100) {
            throw new InvalidValueException("policy.reserveForGold", "must be a percent from 0 to 100");
        }
        return new WhatIfOrdering(order.thenComparing(AllocationReplay.Claim::createdAt)
                .thenComparing(AllocationReplay.Claim::backorderId), reserve);
    }

    private static Map<String, Integer> weights(Map<String, Integer> given) {
        if (given == null) {
            return DEFAULT_WEIGHTS;
        }
        Map<String, Integer> weights = new HashMap<>(DEFAULT_WEIGHTS);
        given.forEach((tier, weight) -> {
            String name = tier == null ? "" : tier.toUpperCase(Locale.ROOT);
            if (!DEFAULT_WEIGHTS.containsKey(name)) {
                throw new InvalidValueException("policy.tierWeights", "must name tiers of " + DEFAULT_WEIGHTS.keySet());
            }
            if (weight == null || weight < 0 || weight > 1000) {
                throw new InvalidValueException("policy.tierWeights", "must be weights from 0 to 1000");
            }
            weights.put(name, weight);
        });
        return weights;
    }

    Comparator<AllocationReplay.Claim> order() {
        return order;
    }

    int reserveForGold() {
        return reserveForGold;
    }
}
