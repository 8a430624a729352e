package com.opsledger.kernel.useraccount;

/** How a sign-in attempt ended; every ending is also recorded as an event of the user account. */
public enum LoginOutcome {
    SIGNED_IN, BAD_CREDENTIALS, SECOND_FACTOR_REQUIRED, BAD_SECOND_FACTOR, SECOND_FACTOR_REUSED, DISABLED
}
