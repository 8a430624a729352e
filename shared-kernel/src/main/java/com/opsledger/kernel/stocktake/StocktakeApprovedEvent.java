package com.opsledger.kernel.stocktake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The variances stand: one stock adjustment per non-zero one follows, with the reason {@code stocktake <number>}.
 * {@code automatic} when every variance was within the limits.
 */
@Revision("1")
public record StocktakeApprovedEvent(String stocktakeId, String number, String warehouseId,
                                     List<StocktakeVariance> variances, boolean automatic) implements StocktakeEvent {

    @JsonIgnore
    public String adjustmentReason() {
        return "stocktake " + number;
    }
}
