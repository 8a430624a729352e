package com.opsledger.query.common;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * State a projection keeps for the events of one processing batch: created on first use in the unit of work the
 * handler runs in (a processor's batch, or one event of a verification's rebuild), and flushed when that unit of work
 * prepares to commit (inside its transaction, before the processor's token is stored).
 * <p>
 * When a flush fails (a write the database refuses only when the batch's writes are sent), the batch rolls back and
 * its processor retries it; the retry runs event by event on that processor's thread: no batch state, every write at
 * once inside the handler of its event, so that the event whose write fails is set aside (parked) like any event its
 * handler cannot apply, and the rest of the batch goes on. The first batch that commits so ends that mode.
 */
public final class ProcessingBatch {

    private static final ThreadLocal<Boolean> EVENT_BY_EVENT = new ThreadLocal<>();
    private static final String EVENT_BY_EVENT_RESOURCE = ProcessingBatch.class.getName() + ".eventByEvent";

    private ProcessingBatch() {
    }

    /** The batch's state under {@code key}; null outside a unit of work, where the caller writes at once. */
    public static <T> T state(String key, Supplier<T> create, Consumer<T> flush) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        if (Boolean.TRUE.equals(EVENT_BY_EVENT.get())) {
            unitOfWork.getOrComputeResource(EVENT_BY_EVENT_RESOURCE, k -> {
                unitOfWork.afterCommit(committed -> EVENT_BY_EVENT.remove());
                return Boolean.TRUE;
            });
            return null;
        }
        return unitOfWork.getOrComputeResource(key, k -> {
            T state = create.get();
            unitOfWork.onPrepareCommit(committing -> {
                try {
                    flush.accept(state);
                } catch (RuntimeException refused) {
                    EVENT_BY_EVENT.set(Boolean.TRUE);
                    throw refused;
                }
            });
            return state;
        });
    }

    /**
     * The payloads of the events of the current processing batch (all of them, also those handled later), so that a
     * projection can read what the whole batch needs in one query; empty outside a unit of work.
     */
    public static List<Object> payloads() {
        if (!CurrentUnitOfWork.isStarted()) {
            return List.of();
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
            return batch.getMessages().stream().map(Message::getPayload).map(Object.class::cast).toList();
        }
        Message<?> message = unitOfWork.getMessage();
        return message == null ? List.of() : List.of(message.getPayload());
    }
}
