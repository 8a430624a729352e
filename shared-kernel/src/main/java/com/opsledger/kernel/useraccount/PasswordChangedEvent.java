package com.opsledger.kernel.useraccount;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PasswordChangedEvent(String userId, String passwordHash, boolean byAdministrator) {
}
