package com.opsledger.command.transfer;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.FreeText;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.transfer.TransferArrival;
import com.opsledger.kernel.transfer.TransferReceiptLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a receipt of transferred goods may be: lines of the transfer, positive quantities, never more of a line (or of
 * one of its batches) than is still on the way. An unnamed batch takes what is on the way first expiry first; a
 * named one must be a batch the line left the source in.
 */
final class TransferReceipt {

    private TransferReceipt() {
    }

    static List<TransferArrival> arrivals(TransferLines lines, List<TransferReceiptLine> receipt) {
        if (receipt == null || receipt.isEmpty()) {
            throw new InvalidValueException("lines", "must hold at least one line");
        }
        if (receipt.size() > TransferRequest.MAX_LINES) {
            throw new InvalidValueException("lines", "must hold at most " + TransferRequest.MAX_LINES + " lines");
        }
        Map<String, List<BatchQuantity>> left = new HashMap<>();
        List<TransferArrival> arrivals = new ArrayList<>();
        for (int i = 0; i < receipt.size(); i++) {
            String field = "lines[" + i + "]";
            TransferReceiptLine part = receipt.get(i);
            if (part == null) {
                throw new InvalidValueException(field, "is required");
            }
            TransferLines.Line line = part.lineId() == null ? null : lines.line(part.lineId());
            if (line == null) {
                throw new InvalidValueException(field + ".lineId", "is not a line of this transfer");
            }
            Quantity quantity = TransferRequest.positive(field + ".quantity", part.quantity(), line.unit());
            String batch = FreeText.optional(field + ".batch", part.batch(), TransferRequest.MAX_BATCH);
            List<BatchQuantity> open = left.computeIfAbsent(part.lineId(), id -> new ArrayList<>(line.onTheWay()));
            List<BatchQuantity> candidates = batch == null ? List.copyOf(open)
                    : open.stream().filter(b -> Objects.equals(b.batch(), batch)).toList();
            if (batch != null && candidates.isEmpty()) {
                throw new BusinessRuleViolationException("not-in-transit", field + ".batch", "line " + part.lineId()
                        + " has nothing of batch " + batch + " on the way");
            }
            Quantity onTheWay = candidates.stream().map(BatchQuantity::quantity)
                    .reduce(Quantity.zero(line.unit()), Quantity::plus);
            if (quantity.isGreaterThan(onTheWay)) {
                throw new BusinessRuleViolationException("receipt-exceeds-dispatched", field + ".quantity",
                        "line " + part.lineId() + ": receive " + quantity + " but only " + onTheWay
                                + " is on the way" + (batch == null ? "" : " in batch " + batch));
            }
            Quantity rest = quantity;
            for (BatchQuantity candidate : candidates) {
                if (!rest.isPositive()) {
                    break;
                }
                if (!candidate.quantity().isPositive()) {
                    continue;
                }
                Quantity taken = rest.min(candidate.quantity());
                arrivals.add(new TransferArrival(part.lineId(), line.requested.productId(),
                        new BatchQuantity(candidate.batch(), candidate.expiryDate(), taken)));
                open.set(open.indexOf(candidate), new BatchQuantity(candidate.batch(), candidate.expiryDate(),
                        candidate.quantity().minus(taken)));
                rest = rest.minus(taken);
            }
        }
        return arrivals;
    }
}
