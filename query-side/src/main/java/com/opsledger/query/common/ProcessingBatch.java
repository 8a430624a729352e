package com.opsledger.query.common;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

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
}
