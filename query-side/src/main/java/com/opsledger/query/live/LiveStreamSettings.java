package com.opsledger.query.live;

import java.time.Duration;

/**
 * The bounds of the live stream ({@code opsledger.stream.*}): how often an idle stream says it is alive, how long one
 * stream lasts before the client resumes on a new one, how many changes wait for a slow client before it is dropped,
 * how many streams one user may hold open, how often the event store is read, how long a hole in its positions is
 * waited for (a transaction that took its position and has not yet committed), and how many past changes one resume
 * may replay before the stream closes and the client resumes again from where it got to.
 */
record LiveStreamSettings(Duration heartbeat, Duration maxDuration, int buffer, int maxConnectionsPerUser,
                          Duration poll, Duration gapWait, int maxCatchUp) {
}
