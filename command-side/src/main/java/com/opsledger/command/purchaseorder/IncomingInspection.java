package com.opsledger.command.purchaseorder;

import com.opsledger.command.lookup.ProductFacts;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

/**
 * Which received goods wait for an incoming quality check: those of a product inspected on receipt. The check of a
 * receipt line has an id that follows from the receipt and the line, so a receipt handled again opens no second one.
 */
final class IncomingInspection {

    static final Set<String> ON_RECEIPT = Set.of("on-receipt", "on-receipt-and-dispatch");

    private IncomingInspection() {
    }

    static boolean required(ProductFacts facts, String productId) {
        return facts.of(productId).map(f -> f.inspection() != null && ON_RECEIPT.contains(f.inspection()))
                .orElse(false);
    }

    static String checkId(String receiptId, String lineId) {
        return UUID.nameUUIDFromBytes(("incoming/" + receiptId + "/" + lineId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
