package com.opsledger.kernel.stocktake;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Counting ended with these variances (every counted line, zero ones too); approval is needed when any is beyond the limits. */
@Revision("1")
public record StocktakeCompletedEvent(String stocktakeId, List<StocktakeVariance> variances, boolean approvalNeeded)
        implements StocktakeEvent {
}
