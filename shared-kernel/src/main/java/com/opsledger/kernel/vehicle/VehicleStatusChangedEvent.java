package com.opsledger.kernel.vehicle;

import org.axonframework.serialization.Revision;

@Revision("1")
public record VehicleStatusChangedEvent(String vehicleId, String from, String to, String reason)
        implements VehicleEvent {
}
