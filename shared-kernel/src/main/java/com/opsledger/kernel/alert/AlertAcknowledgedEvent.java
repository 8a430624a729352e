package com.opsledger.kernel.alert;

import org.axonframework.serialization.Revision;

/** Who acknowledged it and when are the event's metadata ({@code userId}) and timestamp. */
@Revision("1")
public record AlertAcknowledgedEvent(String alertId, String note) implements AlertEvent {
}
