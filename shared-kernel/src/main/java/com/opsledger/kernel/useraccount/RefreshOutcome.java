package com.opsledger.kernel.useraccount;

/** How a refresh attempt ended: rotated, refused, or a reused token that revoked its whole session. */
public enum RefreshOutcome {
    ROTATED, INVALID, REUSE_DETECTED
}
