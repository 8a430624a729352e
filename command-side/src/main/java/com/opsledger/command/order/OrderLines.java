package com.opsledger.command.order;

import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.order.OrderLine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The lines of an order and where their units stand. Every unit ordered is exactly one of: pending (not yet
 * handled), reserved, backordered or cancelled.
 */
final class OrderLines {

    static final class Line {
        final String lineId;
        final String stockItemId;
        final Quantity quantity;
        Quantity reserved;
        Quantity backordered;
        Quantity cancelled;
        final List<String> reservations = new ArrayList<>();
        String backorderId;
        boolean lineCancelled;
        Quantity outForDelivery;
        Quantity delivered;

        Line(OrderLine line) {
            lineId = line.lineId();
            stockItemId = line.stockItemId();
            quantity = line.quantity();
            reserved = Quantity.zero(quantity.unit());
            backordered = reserved;
            cancelled = reserved;
            outForDelivery = reserved;
            delivered = reserved;
        }

        /** Goods of the line that left the warehouse (out for delivery or delivered): they can no longer be cancelled. */
        boolean dispatched() {
            return outForDelivery.isPositive() || delivered.isPositive();
        }

        Quantity pending() {
            return quantity.minus(reserved).minus(backordered).minus(cancelled);
        }

        boolean cancelled() {
            return lineCancelled || cancelled.compareTo(quantity) == 0;
        }

        boolean fulfilled() {
            return !cancelled() && reserved.isPositive() && pending().isZero() && backordered.isZero();
        }

        boolean closed() {
            return cancelled() || fulfilled();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Line line && lineId.equals(line.lineId) && stockItemId.equals(line.stockItemId)
                    && quantity.equals(line.quantity) && reserved.equals(line.reserved)
                    && backordered.equals(line.backordered) && cancelled.equals(line.cancelled)
                    && reservations.equals(line.reservations) && Objects.equals(backorderId, line.backorderId)
                    && lineCancelled == line.lineCancelled && outForDelivery.equals(line.outForDelivery)
                    && delivered.equals(line.delivered);
        }

        @Override
        public int hashCode() {
            return lineId.hashCode();
        }
    }

    private final Map<String, Line> byId = new LinkedHashMap<>();

    void add(OrderLine line) {
        byId.put(line.lineId(), new Line(line));
    }

    Line get(String lineId) {
        Line line = byId.get(lineId);
        if (line == null) {
            throw new NotFoundException("order line", lineId);
        }
        return line;
    }

    Collection<Line> all() {
        return byId.values();
    }

    boolean allClosed() {
        return byId.values().stream().allMatch(Line::closed);
    }

    boolean anyFulfilled() {
        return byId.values().stream().anyMatch(Line::fulfilled);
    }
}
