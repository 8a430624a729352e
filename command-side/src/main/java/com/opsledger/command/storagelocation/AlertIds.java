package com.opsledger.command.storagelocation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A location's n-th excursion raises the same alert id however often its readings are judged. */
final class AlertIds {

    private AlertIds() {
    }

    static String excursion(String storageLocationId, int number) {
        return UUID.nameUUIDFromBytes((storageLocationId + "/excursion/" + number).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The location's n-th silence of a sensor, likewise. */
    static String silence(String storageLocationId, int number) {
        return UUID.nameUUIDFromBytes((storageLocationId + "/silence/" + number).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
