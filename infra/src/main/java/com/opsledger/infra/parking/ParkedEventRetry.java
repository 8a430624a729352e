package com.opsledger.infra.parking;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.NotFoundException;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.saga.AbstractSagaManager;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Applies a parked event again through its projection's handlers as the shared processor holds them (the same
 * invoker, so the same handlers, parameters and error handling), in a transaction of its own that also removes the
 * parked row: applied and unparked together, or neither. A failure is reported and counted, and the event stays
 * parked.
 */
@Component
class ParkedEventRetry {

    private final ParkedEvents parked;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TransactionManager transactions;

    ParkedEventRetry(ParkedEvents parked, EventProcessingConfiguration processing, EventStore eventStore,
                     TransactionManager transactions) {
        this.parked = parked;
        this.processing = processing;
        this.eventStore = eventStore;
        this.transactions = transactions;
    }

    /** What a retry did: {@code applied}, or {@code failed} with the error. */
    record Outcome(String projection, String eventId, String outcome, String error) {
    }

    /** The totals of retrying every parked event of a projection, oldest first. */
    record Totals(String projection, int applied, int failed, long stillParked) {
    }

    Outcome retry(String projection, String eventId) {
        ParkedEventView event = parked.find(projection, eventId)
                .orElseThrow(() -> new NotFoundException("parked event", eventId));
        if (parked.earlierParked(event)) {
            throw new BusinessRuleViolationException("earlier-event-parked", "an earlier event of aggregate "
                    + event.aggregateId() + " is still parked for " + projection + "; retry that one first, or all");
        }
        return apply(event);
    }

    Totals retryAll(String projection) {
        int applied = 0;
        int failed = 0;
        long seen = -1;
        while (true) {
            List<ParkedEventView> next = parked.page(projection, 0, 100).stream()
                    .filter(view -> view.globalIndex() > -1).toList();
            final long after = seen;
            Optional<ParkedEventView> first = next.stream().filter(view -> view.globalIndex() > after).findFirst();
            if (first.isEmpty()) {
                break;
            }
            ParkedEventView event = first.get();
            seen = event.globalIndex();
            if (parked.earlierParked(event)) {
                failed++;
                continue;
            }
            if ("applied".equals(apply(event).outcome())) {
                applied++;
            } else {
                failed++;
            }
        }
        return new Totals(projection, applied, failed, parked.count(projection));
    }

    private Outcome apply(ParkedEventView event) {
        EventHandlerInvoker invoker = invoker(event.projection());
        TrackedEventMessage<?> message = stored(event);
        UnitOfWork<TrackedEventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(message);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.resources().put(Parking.RESOURCE, Parking.retry(event.eventId()));
        ResultMessage<?> result;
        try {
            result = unitOfWork.executeWithResult(() -> {
                invoker.handle(message, Segment.ROOT_SEGMENT);
                parked.applied(event.projection(), event.eventId());
                return null;
            });
        } finally {
            parked.changed();
        }
        if (result.isExceptional()) {
            Throwable e = result.exceptionResult();
            parked.failedAgain(event.projection(), event.eventId(), e);
            return new Outcome(event.projection(), event.eventId(), "failed", e.getClass().getName() + ": "
                    + Failures.message(e, ParkedEvents.MESSAGE_LENGTH));
        }
        return new Outcome(event.projection(), event.eventId(), "applied", null);
    }

    private TrackedEventMessage<?> stored(ParkedEventView event) {
        GapAwareTrackingToken before = event.globalIndex() <= 0 ? null
                : GapAwareTrackingToken.newInstance(event.globalIndex() - 1, new TreeSet<>(Collections.emptySet()));
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(before)) {
            while (stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> next = stream.nextAvailable();
                if (next.getIdentifier().equals(event.eventId())) {
                    return next;
                }
                if (next.trackingToken().position().orElse(Long.MAX_VALUE) > event.globalIndex()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new NotFoundException("stored event", event.eventId());
    }

    /** The projection's handlers as its shared processor invokes them. */
    EventHandlerInvoker invoker(String projection) {
        Optional<EventHandlerInvoker> found = processing.eventProcessorByProcessingGroup(projection)
                .filter(AbstractEventProcessor.class::isInstance)
                .map(processor -> ((AbstractEventProcessor) processor).eventHandlerInvoker())
                .flatMap(invoker -> find(invoker, projection));
        return found.orElseThrow(() -> new NotFoundException("projection", projection));
    }

    boolean known(String projection) {
        return ProjectionNames.parks(projection) && processing.eventProcessorByProcessingGroup(projection)
                .filter(AbstractEventProcessor.class::isInstance)
                .map(processor -> ((AbstractEventProcessor) processor).eventHandlerInvoker())
                .flatMap(invoker -> find(invoker, projection)).isPresent();
    }

    private static Optional<EventHandlerInvoker> find(EventHandlerInvoker invoker, String projection) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            for (EventHandlerInvoker delegate : multi.delegates()) {
                Optional<EventHandlerInvoker> found = find(delegate, projection);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (invoker instanceof AbstractSagaManager<?> sagas) {
            return projection.equals(ProjectionNames.of(sagas.getSagaType(), true)) ? Optional.of(invoker)
                    : Optional.empty();
        }
        if (invoker instanceof SimpleEventHandlerInvoker simple) {
            for (EventMessageHandler handler : simple.eventHandlers()) {
                if (projection.equals(ProjectionNames.of(handler))) {
                    return Optional.of(invoker);
                }
            }
        }
        return Optional.empty();
    }
}
