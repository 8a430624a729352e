package com.opsledger.kernel.backorder;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BackorderPriorityChangedEvent(String backorderId, String stockItemId, int priority, int previousPriority,
                                            String reason) implements BackorderEvent {
}
