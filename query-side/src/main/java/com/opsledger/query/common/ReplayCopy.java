package com.opsledger.query.common;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Marks the unit of work of a replay's own processor, which writes the copy of a read model that is being rebuilt
 * aside; the projection's live processing writes the served one. A read model kept outside PostgreSQL's transaction
 * (the search index) asks this to pick the index to write.
 */
public final class ReplayCopy {

    private static final String KEY = ReplayCopy.class.getName();

    private ReplayCopy() {
    }

    /** Marks the current unit of work (all of its batch) as the replay of {@code projection}; true the first time. */
    public static boolean enter(String projection) {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().root().resources().putIfAbsent(KEY, projection) == null;
    }

    /** Whether the current unit of work is a replay's, writing the copy built aside. */
    public static boolean active() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root().resources().containsKey(KEY);
    }
}
