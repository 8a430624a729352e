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
 */
public final class ProcessingBatch {

    private ProcessingBatch() {
    }

    /** The batch's state under {@code key}; null outside a unit of work, where the caller writes at once. */
    public static <T> T state(String key, Supplier<T> create, Consumer<T> flush) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.getOrComputeResource(key, k -> {
            T state = create.get();
            unitOfWork.onPrepareCommit(committing -> flush.accept(state));
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
