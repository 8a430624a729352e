package com.opsledger.query.admin;

import java.util.List;

/**
 * Where some projections keep their read model, and how a second copy of it is built aside: for a replay that keeps
 * the portals answering from the current copy until the new one has caught up, and for a verification.
 */
public interface ReadModelStore {

    boolean owns(String projection);

    /** Prepares the copy a replay builds, then runs {@code resetTokens} so that the reset clears only that copy. */
    void beginReplay(String projection, Runnable resetTokens);

    /**
     * Called once in each transaction of the replay's own processor, before its handlers run: its writes (and reads of
     * its own model) then go to the copy being built.
     */
    default void useCopy(String projection) {
    }

    /** Looks again for replays building aside that another process started or finished. */
    default void refresh() {
    }

    /** Whether a replay is building a copy aside (also one started before this process). */
    boolean replayingAside(String projection);

    /** The copy built by the replay replaces the one served; called with the projection paused and caught up. */
    void switchOver(String projection);

    /** An empty copy for a verification. */
    Aside scratch(String projection);

    /** A copy of a read model built aside. */
    interface Aside extends AutoCloseable {

        /** Runs a projection's handlers with their writes (and reads of their own model) going to this copy. */
        void run(Runnable work);

        /** How the live read model differs from this copy. */
        List<TableDifference> compare();

        @Override
        void close();
    }
}
