package com.opsledger.kernel.useraccount;

import org.axonframework.serialization.Revision;

/** A code of the authenticator was accepted: no code of this time step or an earlier one is accepted again. */
@Revision("1")
public record TotpCodeUsedEvent(String userId, long step) {
}
