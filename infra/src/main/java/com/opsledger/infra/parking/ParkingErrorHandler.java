package com.opsledger.infra.parking;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.LoggingErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.annotation.Nonnull;

/**
 * What a handler's failure does in a shared processor: a passing failure (see {@link Failures}) fails the batch, which
 * the processor retries after a pause; any other parks the event for that projection alone and the rest go on. When
 * the failure left the batch's transaction unusable, or the projection is a process (whose event must leave nothing
 * half done), the batch is rolled back after parking and the processor's retry passes the parked event by. Elsewhere
 * (a processor of its own, a replay) the failure is logged and the event skipped, as before.
 */
class ParkingErrorHandler implements ListenerInvocationErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ParkingErrorHandler.class);

    private final ParkedEvents parked;
    private final ListenerInvocationErrorHandler elsewhere = new LoggingErrorHandler();

    ParkingErrorHandler(ParkedEvents parked) {
        this.parked = parked;
    }

    @Override
    public void onError(@Nonnull Exception exception, @Nonnull EventMessage<?> event,
                        @Nonnull EventMessageHandler eventHandler) throws Exception {
        Parking parking = Parking.current();
        String projection = ProjectionNames.of(eventHandler);
        if (parking == null || !ProjectionNames.parks(projection)) {
            elsewhere.onError(exception, event, eventHandler);
            return;
        }
        if (Failures.isTransient(exception) || parking.retrying(event.getIdentifier())) {
            throw exception;
        }
        log.warn("Projection {} parks event {} ({}) after {}", projection, event.getIdentifier(),
                event.getPayloadType().getSimpleName(), exception.toString());
        parked.park(projection, event, exception, false);
        if (parking.aborted || parking.retryWithout) {
            throw new ParkedEventException(projection, event, exception);
        }
    }
}
