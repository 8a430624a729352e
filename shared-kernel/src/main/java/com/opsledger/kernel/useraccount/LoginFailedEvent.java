package com.opsledger.kernel.useraccount;

import org.axonframework.serialization.Revision;

@Revision("1")
public record LoginFailedEvent(String userId, String reason, int consecutiveFailures, String clientIp) {
}
