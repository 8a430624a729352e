package com.opsledger.kernel.storagelocation;

import java.time.Duration;
import java.time.Instant;

public record FindReadingBucketsQuery(String storageLocationId, Instant from, Instant to, Duration bucket) {
}
