package com.opsledger.query.delivery;

import com.opsledger.kernel.delivery.DeliveryView;
import com.opsledger.kernel.delivery.ProofView;

import java.time.Instant;

/** A delivery view changed in a few of its fields, with the version and time of the event that changed it. */
final class DeliveryViews {

    private DeliveryViews() {
    }

    static Builder from(DeliveryView d, Instant at, long version) {
        return new Builder(d, at, version);
    }

    static final class Builder {
        private final DeliveryView d;
        private final Instant at;
        private final long version;
        private String status;
        private String routeId;
        private Integer stopSequence;
        private Instant eta;
        private String driverId;
        private String vehicleId;
        private Instant dispatchedAt;
        private Instant deliveredAt;
        private String receivedBy;
        private String failureReason;
        private String failureNote;
        private String returnDisposition;
        private ProofView proof;

        private Builder(DeliveryView d, Instant at, long version) {
            this.d = d;
            this.at = at;
            this.version = version;
            status = d.status();
            routeId = d.routeId();
            stopSequence = d.stopSequence();
            eta = d.eta();
            driverId = d.driverId();
            vehicleId = d.vehicleId();
            dispatchedAt = d.dispatchedAt();
            deliveredAt = d.deliveredAt();
            receivedBy = d.receivedBy();
            failureReason = d.failureReason();
            failureNote = d.failureNote();
            returnDisposition = d.returnDisposition();
            proof = d.proof();
        }

        Builder status(String value) {
            status = value;
            return this;
        }

        Builder route(String route, Integer sequence, Instant plannedArrival, String driver, String vehicle) {
            routeId = route;
            stopSequence = sequence;
            eta = plannedArrival;
            driverId = driver;
            vehicleId = vehicle;
            return this;
        }

        Builder dispatchedAt(Instant value) {
            dispatchedAt = value;
            return this;
        }

        Builder delivered(Instant when, String by) {
            deliveredAt = when;
            receivedBy = by;
            return this;
        }

        Builder failure(String reason, String note) {
            failureReason = reason;
            failureNote = note;
            return this;
        }

        Builder returned(String disposition) {
            returnDisposition = disposition;
            return this;
        }

        Builder proof(ProofView value) {
            proof = value;
            return this;
        }

        DeliveryView build() {
            return new DeliveryView(d.id(), d.number(), d.orderId(), d.customerId(), d.warehouseId(), status,
                    d.lines(), d.address(), d.timeSlot(), d.instructions(), routeId, stopSequence, eta, driverId,
                    vehicleId, dispatchedAt, deliveredAt, receivedBy, failureReason, failureNote, returnDisposition,
                    proof, d.createdAt(), at, version);
        }
    }
}
