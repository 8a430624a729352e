package com.opsledger.kernel.useraccount;

import java.time.Instant;

public record SecurityEventView(long position, String userId, String username, String type, String detail,
                                String clientIp, Instant at) {
}
