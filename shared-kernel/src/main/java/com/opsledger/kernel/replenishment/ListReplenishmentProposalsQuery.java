package com.opsledger.kernel.replenishment;

/** The replenishment proposals of every product short somewhere; each filter optional (null means any). */
public record ListReplenishmentProposalsQuery(String warehouseId, String productId) {
}
