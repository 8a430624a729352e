package com.opsledger.kernel.storagelocation;

public record FindStorageLocationQuery(String storageLocationId) {
}
