package com.opsledger.query.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A what-if over the backorders created in {@code [from, to)}, optionally of one product or warehouse: how they would
 * have been served under {@code policy}.
 */
public record WhatIfRequest(Instant from, Instant to, Policy policy, String productId, String warehouseId) {

    /**
     * The alternative allocation: the order in which open backorders are served ({@code priority}, {@code dueDate},
     * {@code age}, {@code tier}, {@code value}), the weights of the tiers for {@code tier} (default GOLD 3, SILVER 2,
     * STANDARD 1), and the percent of each arrival held back for gold customers' backorders.
     */
    public record Policy(List<String> order, Map<String, Integer> tierWeights, Integer reserveForGold) {
    }
}
