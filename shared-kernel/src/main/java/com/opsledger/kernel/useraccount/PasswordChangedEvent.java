package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.privacy.Secret;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PasswordChangedEvent(String userId, @Secret String passwordHash, boolean byAdministrator) {

    @Override
    public String toString() {
        return "PasswordChangedEvent[userId=" + userId + ", byAdministrator=" + byAdministrator + ", secrets hidden]";
    }
}
