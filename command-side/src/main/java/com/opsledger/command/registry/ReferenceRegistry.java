package com.opsledger.command.registry;

import java.util.Optional;

/**
 * What command handlers need to know across aggregates: set-wide uniqueness and the existence of reference data.
 * Writes happen in the command's own transaction, so a refused or failed command claims nothing.
 */
public interface ReferenceRegistry {

    /**
     * Claims {@code key} in {@code scope} for {@code ownerId}.
     *
     * @throws com.opsledger.kernel.common.DuplicateException naming {@code field} when another record holds it
     */
    void claim(String scope, String field, String key, String ownerId);

    /** The record holding {@code key} in {@code scope}, if any. */
    Optional<String> ownerOf(String scope, String key);

    void registerProduct(String productId, String unit);

    Optional<String> productUnit(String productId);

    void registerWarehouse(String warehouseId);

    boolean warehouseExists(String warehouseId);
}
