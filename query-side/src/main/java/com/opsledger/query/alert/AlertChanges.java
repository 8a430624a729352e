package com.opsledger.query.alert;

import com.opsledger.kernel.alert.AlertKinds;
import com.opsledger.kernel.alert.AlertView;

import java.time.Instant;
import java.util.Map;

/**
 * How an alert changes, written once: raised open; acknowledged only while open; resolved (by a person, or by the
 * {@code system} when what it is about is over) only while not resolved. A change an alert's status does not allow
 * leaves it as it is, so an event met twice changes it once.
 */
final class AlertChanges {

    static final String SYSTEM = "system";

    private static final Map<String, String> SEVERITY = Map.of(AlertKinds.SLA_AT_RISK, "warning",
            AlertKinds.SLA_BREACHED, "critical", AlertKinds.BELOW_REORDER_POINT, "warning",
            AlertKinds.SUPPLIER_LATE, "warning", AlertKinds.QUALITY_REJECTED, "warning",
            AlertKinds.TEMPERATURE_EXCURSION, "critical", AlertKinds.FAILED_SIGN_INS, "critical");

    private AlertChanges() {
    }

    /** What an alert is about. */
    record Subject(String type, String id, String warehouseId, String customerId, String supplierId) {
    }

    static AlertView raised(String id, String kind, Subject subject, String title, String detail, Instant at) {
        return new AlertView(id, kind, "open", SEVERITY.get(kind), subject.type(), subject.id(),
                subject.warehouseId(), subject.customerId(), subject.supplierId(), title, detail, at, null, null, null,
                null, null, at);
    }

    static AlertView acknowledged(AlertView a, String by, Instant at, String note) {
        if (!a.status().equals("open")) {
            return a;
        }
        return new AlertView(a.id(), a.kind(), "acknowledged", a.severity(), a.subjectType(), a.subjectId(),
                a.warehouseId(), a.customerId(), a.supplierId(), a.title(), a.detail(), a.raisedAt(), at, by, null,
                null, note == null ? a.note() : note, at);
    }

    static AlertView resolved(AlertView a, String by, Instant at, String note) {
        if (a.status().equals("resolved")) {
            return a;
        }
        return new AlertView(a.id(), a.kind(), "resolved", a.severity(), a.subjectType(), a.subjectId(),
                a.warehouseId(), a.customerId(), a.supplierId(), a.title(), a.detail(), a.raisedAt(),
                a.acknowledgedAt(), a.acknowledgedBy(), at, by, note == null ? a.note() : note, at);
    }
}
