package com.opsledger.kernel.useraccount;

import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record TotpEnabledEvent(String userId, List<String> recoveryCodeHashes) {
}
