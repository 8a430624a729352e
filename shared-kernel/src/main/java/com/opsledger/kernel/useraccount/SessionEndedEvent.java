package com.opsledger.kernel.useraccount;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SessionEndedEvent(String userId, String sessionId, String reason) {
}
