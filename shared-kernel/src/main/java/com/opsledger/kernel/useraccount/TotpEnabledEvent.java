package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.privacy.Secret;
import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record TotpEnabledEvent(String userId, @Secret List<String> recoveryCodeHashes) {

    @Override
    public String toString() {
        return "TotpEnabledEvent[userId=" + userId + ", secrets hidden]";
    }
}
