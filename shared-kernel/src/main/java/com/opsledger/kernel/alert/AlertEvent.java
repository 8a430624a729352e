package com.opsledger.kernel.alert;

/** Every event of one alert's own record (its staff handling, and the lateness a check found). */
public interface AlertEvent {

    String alertId();
}
