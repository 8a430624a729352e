package com.opsledger.command.transfer;

import com.opsledger.command.lookup.UnitValues;
import com.opsledger.kernel.catalog.Valuation;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.stockitem.BatchQuantity;
import com.opsledger.kernel.transfer.DispatchedLine;
import com.opsledger.kernel.transfer.TransferArrival;
import com.opsledger.kernel.transfer.TransferLine;
import com.opsledger.kernel.transfer.TransferLoss;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The lines of a transfer and where their goods are: reserved at the source, on the way in the batches they left in,
 * arrived at the destination, or lost.
 */
final class TransferLines {

    /** One line: what it asked for, and per batch what left the source and what arrived since. */
    static final class Line {
        final TransferLine requested;
        final List<BatchQuantity> dispatched = new ArrayList<>();
        final Map<String, Quantity> received = new LinkedHashMap<>();

        Line(TransferLine requested) {
            this.requested = requested;
        }

        String unit() {
            return requested.quantity().unit();
        }

        /** Each batch still on the way: what left in it less what arrived of it. */
        List<BatchQuantity> onTheWay() {
            List<BatchQuantity> open = new ArrayList<>();
            for (BatchQuantity left : dispatched) {
                Quantity arrived = received.getOrDefault(key(left.batch()), Quantity.zero(unit()));
                Quantity missing = left.quantity().minus(arrived);
                if (missing.isPositive()) {
                    open.add(new BatchQuantity(left.batch(), left.expiryDate(), missing));
                }
            }
            return open;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Line line && requested.equals(line.requested)
                    && dispatched.equals(line.dispatched) && received.equals(line.received);
        }

        @Override
        public int hashCode() {
            return Objects.hash(requested, dispatched, received);
        }

        Quantity totalOnTheWay() {
            return onTheWay().stream().map(BatchQuantity::quantity).reduce(Quantity.zero(unit()), Quantity::plus);
        }
    }

    private final Map<String, Line> byId = new LinkedHashMap<>();

    void requested(List<TransferLine> lines) {
        lines.forEach(line -> byId.put(line.lineId(), new Line(line)));
    }

    List<TransferLine> requested() {
        return byId.values().stream().map(line -> line.requested).toList();
    }

    Line line(String lineId) {
        return byId.get(lineId);
    }

    void dispatched(List<DispatchedLine> lines) {
        for (DispatchedLine dispatched : lines) {
            byId.get(dispatched.lineId()).dispatched.addAll(dispatched.batches());
        }
    }

    void arrived(List<TransferArrival> arrivals) {
        for (TransferArrival arrival : arrivals) {
            BatchQuantity received = arrival.received();
            byId.get(arrival.lineId()).received.merge(key(received.batch()), received.quantity(), Quantity::plus);
        }
    }

    /** Whether nothing would be on the way any more once {@code arrivals} are in. */
    boolean allArrivedWith(List<TransferArrival> arrivals) {
        for (Line line : byId.values()) {
            Quantity arriving = arrivals.stream().filter(a -> a.lineId().equals(line.requested.lineId()))
                    .map(a -> a.received().quantity()).reduce(Quantity.zero(line.unit()), Quantity::plus);
            if (line.totalOnTheWay().isGreaterThan(arriving)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What is still on the way, line by line: the loss when the transfer is closed as it stands, each valued by the
     * valuation rule.
     */
    List<TransferLoss> missing(UnitValues unitValues) {
        List<TransferLoss> losses = new ArrayList<>();
        for (Line line : byId.values()) {
            List<BatchQuantity> open = line.onTheWay();
            if (!open.isEmpty()) {
                TransferLine requested = line.requested;
                Quantity lost = line.totalOnTheWay();
                losses.add(new TransferLoss(requested.lineId(), requested.productId(), requested.stockItemId(), lost,
                        open, Valuation.value(lost.amount(), unitValues.unitValue(requested.productId()))
                        .orElse(null)));
            }
        }
        return losses;
    }

    static String key(String batch) {
        return Objects.requireNonNullElse(batch, "");
    }
}
