package com.opsledger.infra.parking;

import org.axonframework.eventhandling.EventMessage;

/** A batch rolled back because one of its events was parked; the processor's retry passes that event by. */
class ParkedEventException extends RuntimeException {

    ParkedEventException(String projection, EventMessage<?> event, Throwable cause) {
        super("projection " + projection + " parked event " + event.getIdentifier() + "; its batch is retried "
                + "without it", cause);
    }
}
