package com.opsledger.command.storagelocation;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code opsledger.cold-chain.excursion-grace} (default 10 minutes): how long a location may be out of range before it
 * is an excursion, judged on the readings' own times.
 */
public record ColdChainSettings(Duration excursionGrace) {

    public boolean outOfRangeTooLong(Instant since, Instant now) {
        return Duration.between(since, now).compareTo(excursionGrace) > 0;
    }
}
