package com.opsledger.kernel.stockitem;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.opsledger.kernel.common.Quantity;

/**
 * On-hand, reserved and quarantined stock right after an event: each stock event carries the balance it leaves.
 * Quarantined stock (held until a quality check decides) is on hand but not available. Events stored before holds
 * existed carry no {@code quarantined}: nothing was held then, so it reads as zero.
 */
public record StockLevels(Quantity onHand, Quantity reserved, Quantity quarantined) {

    @JsonCreator
    public StockLevels {
        if (quarantined == null && onHand != null) {
            quarantined = Quantity.zero(onHand.unit());
        }
    }

    /** The levels of an item that holds nothing in quarantine. */
    public StockLevels(Quantity onHand, Quantity reserved) {
        this(onHand, reserved, null);
    }

    /** What may be reserved, issued or allocated: on hand less reserved and quarantined. */
    public Quantity available() {
        return onHand.minus(reserved).minus(quarantined);
    }
}
