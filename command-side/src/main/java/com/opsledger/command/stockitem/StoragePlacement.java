package com.opsledger.command.stockitem;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.command.storagelocation.StorageLocation;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.NotFoundException;

/** A stock item is kept only in a storage location of its own warehouse. */
final class StoragePlacement {

    private StoragePlacement() {
    }

    /** The location, checked to exist in {@code warehouseId}; null stays null (in no particular location). */
    static String require(ReferenceRegistry registry, String warehouseId, String storageLocationId) {
        if (storageLocationId == null) {
            return null;
        }
        String id = Ids.requireValid("storageLocationId", storageLocationId);
        String holder = registry.ownerOf(StorageLocation.WAREHOUSE_SCOPE, id)
                .orElseThrow(() -> new NotFoundException("storage location", id));
        if (!holder.equals(warehouseId)) {
            throw new BusinessRuleViolationException("other-warehouse",
                    "the storage location is in another warehouse than the stock item");
        }
        return id;
    }
}
