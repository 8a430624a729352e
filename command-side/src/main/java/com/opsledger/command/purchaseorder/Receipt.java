package com.opsledger.command.purchaseorder;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.purchaseorder.ReceiptLineSpec;
import com.opsledger.kernel.purchaseorder.ReceivedLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One delivery against the order's lines: each line named once, never received beyond the tolerance, a batch for
 * whatever has an expiry date. {@code complete} when every line has then received what it ordered.
 */
record Receipt(List<ReceivedLine> lines, boolean complete) {

    static Receipt of(OrderLines lines, List<ReceiptLineSpec> specs, ReceiptTolerance tolerance,
                      ShelfLife shelfLife) {
        if (specs == null || specs.isEmpty()) {
            throw new InvalidValueException("lines", "must receive at least one line");
        }
        Map<String, Quantity> after = new HashMap<>();
        List<ReceivedLine> received = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ReceiptLineSpec spec = specs.get(i);
            OrderLines.Line line = lines.require(spec.lineId());
            if (after.containsKey(line.lineId)) {
                throw new InvalidValueException("lines[" + i + "].lineId", "names line " + line.lineId + " twice");
            }
            Quantity quantity = OrderLines.positive("lines[" + i + "].quantity", spec.quantity(), line.quantity.unit());
            Quantity total = line.received.plus(quantity);
            Quantity limit = tolerance.limit(line.quantity);
            if (total.isGreaterThan(limit)) {
                throw new BusinessRuleViolationException("over-receipt", "line " + line.lineId + " ordered "
                        + line.quantity + " and has received " + line.received + "; receiving " + quantity
                        + " more goes beyond the " + tolerance.percent().stripTrailingZeros().toPlainString()
                        + "% tolerance (at most " + limit + ")");
            }
            String batch = FreeText.orNull(spec.batch());
            if (spec.expiryDate() != null && batch == null) {
                throw new InvalidValueException("lines[" + i + "].expiryDate", "needs a batch");
            }
            LocalDate expiry = shelfLife.expiryOf(line.productId, spec.expiryDate());
            batch = shelfLife.batchOf(batch, spec.expiryDate(), expiry);
            after.put(line.lineId, total);
            received.add(new ReceivedLine(line.lineId, line.productId, quantity, batch, expiry,
                    FreeText.orNull(spec.qualityGrade()), total, line.quantity, line.expectedDate));
        }
        return new Receipt(received, lines.allReceivedWith(after));
    }
}
