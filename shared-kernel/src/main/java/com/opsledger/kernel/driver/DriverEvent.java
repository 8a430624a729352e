package com.opsledger.kernel.driver;

/** Every event of a driver: what a read model following a whole driver reads it by. */
public interface DriverEvent {

    String driverId();
}
