package com.opsledger.command.purchaseorder;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.purchaseorder.ExpectedLine;
import com.opsledger.kernel.purchaseorder.LineConfirmation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a supplier confirms: a quantity and an expected date for some of the lines, never below what a line has
 * received. The lines it leaves out stay as they were. {@code raised} says which lines it confirms above their
 * approved quantity (empty when none), which the order then needs approved again.
 */
record Confirmation(Map<String, Quantity> quantities, List<ExpectedLine> expected, List<String> raised) {

    static Confirmation of(OrderLines lines, String warehouseId, List<LineConfirmation> confirmations) {
        if (confirmations == null || confirmations.isEmpty()) {
            throw new InvalidValueException("lines", "must confirm at least one line");
        }
        Map<String, LineConfirmation> byLine = new HashMap<>();
        Map<String, Quantity> quantities = new HashMap<>();
        List<String> raised = new ArrayList<>();
        for (int i = 0; i < confirmations.size(); i++) {
            LineConfirmation confirmation = confirmations.get(i);
            OrderLines.Line line = lines.require(confirmation.lineId());
            if (byLine.put(line.lineId, confirmation) != null) {
                throw new InvalidValueException("lines[" + i + "].lineId", "names line " + line.lineId + " twice");
            }
            if (confirmation.expectedDate() == null) {
                throw new InvalidValueException("lines[" + i + "].expectedDate", "is required");
            }
            Quantity quantity = OrderLines.positive("lines[" + i + "].quantity", confirmation.quantity(),
                    line.quantity.unit());
            if (line.received.isGreaterThan(quantity)) {
                throw new BusinessRuleViolationException("confirmed-below-received", "line " + line.lineId
                        + " has received " + line.received + "; it cannot be confirmed at " + quantity);
            }
            quantities.put(line.lineId, quantity);
            if (line.approved != null && quantity.isGreaterThan(line.approved)) {
                raised.add("line " + line.lineId + " confirmed at " + quantity + ", above the " + line.approved
                        + " approved");
            }
        }
        List<ExpectedLine> expected = lines.expected(warehouseId).stream().map(e -> {
            LineConfirmation confirmation = byLine.get(e.lineId());
            if (confirmation == null) {
                return e;
            }
            Quantity quantity = quantities.get(e.lineId());
            Quantity outstanding = quantity.minus(e.quantity().minus(e.outstanding()));
            return new ExpectedLine(e.lineId(), e.productId(), warehouseId, quantity,
                    outstanding.isNegative() ? Quantity.zero(quantity.unit()) : outstanding,
                    confirmation.expectedDate());
        }).toList();
        return new Confirmation(quantities, expected, List.copyOf(raised));
    }
}
