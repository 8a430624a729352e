package com.opsledger.kernel.stockitem;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;
import org.axonframework.serialization.Revision;

/** A write-off worth more than the approval limit waits for a manager; the stock stays until it is approved. */
@Revision("1")
public record WriteOffRequestedEvent(String stockItemId, String writeOffId, Quantity quantity, String reason,
                                     String batch, String disposalMethod, Money value) {
}
