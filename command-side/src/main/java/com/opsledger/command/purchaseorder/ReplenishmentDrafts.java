package com.opsledger.command.purchaseorder;

import java.util.Optional;

/**
 * The one open draft purchase order per supplier, warehouse and currency that replenishment gathers lines in. A
 * draft stops being open when it is submitted or cancelled. Written in the command's transaction.
 */
public interface ReplenishmentDrafts {

    Optional<String> openDraft(String supplierId, String warehouseId, String currency);

    /** Makes {@code purchaseOrderId} the open draft; false when another one already is. */
    boolean claim(String supplierId, String warehouseId, String currency, String purchaseOrderId);

    void closed(String purchaseOrderId);
}
