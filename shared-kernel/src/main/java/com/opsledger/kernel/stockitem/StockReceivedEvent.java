package com.opsledger.kernel.stockitem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Stock came in; {@code lot} is null when it came without a batch. Revision 1 carried {@code batch} and
 * {@code expiryDate} side by side (an expiry date could be stored without its batch); an upcaster reads it.
 */
@Revision("2")
public record StockReceivedEvent(String stockItemId, Quantity quantity, Lot lot, StockLevels levels) implements StockLevelsChangedEvent {

    @JsonIgnore
    public String batch() {
        return lot == null ? null : lot.batch();
    }

    @JsonIgnore
    public LocalDate expiryDate() {
        return lot == null ? null : lot.expiryDate();
    }
}
