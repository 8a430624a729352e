package com.opsledger.kernel.useraccount;

import org.axonframework.serialization.Revision;

/** An administrator removed the user's second factor and recovery codes; the user signs in with a password again. */
@Revision("1")
public record SecondFactorResetEvent(String userId) {
}
