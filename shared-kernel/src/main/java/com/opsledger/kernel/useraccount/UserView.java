package com.opsledger.kernel.useraccount;

import java.time.Instant;
import java.util.Set;

public record UserView(String id, String username, String email, String displayName, String status,
                       Set<String> roles, String customerId, String supplierId, String driverId, Instant lockedUntil,
                       boolean totpEnabled, Instant createdAt, long version) {
}
