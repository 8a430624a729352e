package com.opsledger.kernel.customer;

import org.axonframework.serialization.Revision;

/** Whether the customer's deliveries (those planned from now on) ask for the code sent at dispatch. */
@Revision("1")
public record CustomerDeliveryPreferencesSetEvent(String customerId, boolean proofCodeRequired)
        implements CustomerEvent {
}
