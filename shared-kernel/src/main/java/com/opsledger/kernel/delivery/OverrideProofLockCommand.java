package com.opsledger.kernel.delivery;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A manager lets a locked proof of delivery go ahead without the code, saying why. */
public record OverrideProofLockCommand(@TargetAggregateIdentifier String deliveryId, String reason) {
}
