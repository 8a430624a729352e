package com.opsledger.command.purchaseorder;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.purchaseorder.ReturnPurchaseOrderGoodsCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Goods sent back to the supplier after a rejected quality check, recorded against the order line they came on: the
 * line whose incoming check it was, otherwise the first line of the product that has received goods not yet
 * returned. A line never returns more than it received.
 */
record GoodsReturn(String lineId, String productId, Quantity quantity, Quantity returnedSoFar) {

    static GoodsReturn of(OrderLines lines, Map<String, Quantity> returned, ReturnPurchaseOrderGoodsCommand command) {
        if (command.qualityCheckId() == null) {
            throw new InvalidValueException("qualityCheckId", "is required");
        }
        OrderLines.Line line = lineOf(lines, returned, command);
        Quantity quantity = OrderLines.positive("quantity", command.quantity(), line.quantity.unit());
        Quantity before = returned.getOrDefault(line.lineId, Quantity.zero(line.quantity.unit()));
        Quantity after = before.plus(quantity);
        if (after.isGreaterThan(line.received)) {
            throw new BusinessRuleViolationException("return-above-received", "line " + line.lineId + " received "
                    + line.received + " and has returned " + before + "; returning " + quantity
                    + " more is more than it received");
        }
        return new GoodsReturn(line.lineId, line.productId, quantity, after);
    }

    private static OrderLines.Line lineOf(OrderLines lines, Map<String, Quantity> returned,
                                          ReturnPurchaseOrderGoodsCommand command) {
        List<OrderLines.Line> ofProduct = new ArrayList<>();
        lines.forEach(line -> {
            if (line.productId.equals(command.productId())) {
                ofProduct.add(line);
            }
        });
        if (ofProduct.isEmpty()) {
            throw new NotFoundException("purchase order line", "of product " + command.productId());
        }
        if (command.receiptId() != null) {
            for (OrderLines.Line line : ofProduct) {
                if (IncomingInspection.checkId(command.receiptId(), line.lineId).equals(command.qualityCheckId())) {
                    return line;
                }
            }
        }
        for (OrderLines.Line line : ofProduct) {
            Quantity gone = returned.getOrDefault(line.lineId, Quantity.zero(line.quantity.unit()));
            if (line.received.isGreaterThan(gone)) {
                return line;
            }
        }
        return ofProduct.get(0);
    }
}
