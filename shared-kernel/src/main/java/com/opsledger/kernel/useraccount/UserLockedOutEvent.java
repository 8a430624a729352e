package com.opsledger.kernel.useraccount;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record UserLockedOutEvent(String userId, Instant lockedUntil, String clientIp) {
}
