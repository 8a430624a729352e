package com.opsledger.kernel.qualitycheck;

import org.axonframework.serialization.Revision;

/** An open check was withdrawn without a decision. */
@Revision("1")
public record QualityCheckCancelledEvent(String qualityCheckId, String stockItemId, String batch, String reason)
        implements QualityCheckEvent {
}
