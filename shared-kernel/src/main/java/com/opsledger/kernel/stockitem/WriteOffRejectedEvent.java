package com.opsledger.kernel.stockitem;

import org.axonframework.serialization.Revision;

/** A manager refused a pending write-off: the stock stays. */
@Revision("1")
public record WriteOffRejectedEvent(String stockItemId, String writeOffId, String reason) {
}
