package com.opsledger.kernel.vehicle;

/** Every event of a vehicle: what a read model following a whole vehicle reads it by. */
public interface VehicleEvent {

    String vehicleId();
}
