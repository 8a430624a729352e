package com.opsledger.command.purchaseorder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public class InMemoryReplenishmentDrafts implements ReplenishmentDrafts {

    private final Map<String, String> drafts = new HashMap<>();

    @Override
    public Optional<String> openDraft(String supplierId, String warehouseId, String currency) {
        return Optional.ofNullable(drafts.get(supplierId + "/" + warehouseId + "/" + currency));
    }

    @Override
    public boolean claim(String supplierId, String warehouseId, String currency, String purchaseOrderId) {
        return drafts.putIfAbsent(supplierId + "/" + warehouseId + "/" + currency, purchaseOrderId) == null;
    }

    @Override
    public void closed(String purchaseOrderId) {
        drafts.values().remove(purchaseOrderId);
    }
}
