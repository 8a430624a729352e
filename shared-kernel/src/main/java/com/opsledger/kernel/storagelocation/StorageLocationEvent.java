package com.opsledger.kernel.storagelocation;

/** Every event of a storage location. */
public interface StorageLocationEvent {

    String storageLocationId();
}
