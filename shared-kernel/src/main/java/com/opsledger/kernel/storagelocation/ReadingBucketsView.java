package com.opsledger.kernel.storagelocation;

import java.time.Instant;
import java.util.List;

public record ReadingBucketsView(String storageLocationId, Instant from, Instant to, String bucket,
                                 List<ReadingBucketView> buckets) {
}
