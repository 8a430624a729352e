package com.opsledger.kernel.delivery;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The goods were handed over: to whom, with the customer's code when asked for, and the stored files. */
public record RecordProofOfDeliveryCommand(@TargetAggregateIdentifier String deliveryId, String code,
                                           String receivedBy, ProofOfDelivery signature, ProofOfDelivery photo,
                                           String scopeDriverId) {
}
