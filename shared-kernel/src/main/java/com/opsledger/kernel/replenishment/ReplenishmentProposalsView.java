package com.opsledger.kernel.replenishment;

import java.util.List;

/** The answer to {@link ListReplenishmentProposalsQuery}. */
public record ReplenishmentProposalsView(List<ReplenishmentProposalView> proposals) {
}
