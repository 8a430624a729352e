package com.opsledger.kernel.vehicle;

public record FindVehicleQuery(String vehicleId) {
}
