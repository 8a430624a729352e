package com.opsledger.kernel.alert;

import org.axonframework.serialization.Revision;

/** A person resolved the alert; who and when are the event's metadata ({@code userId}) and timestamp. */
@Revision("1")
public record AlertResolvedEvent(String alertId, String note) implements AlertEvent {
}
