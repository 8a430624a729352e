package com.opsledger.kernel.alert;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.common.InvalidValueException;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The kinds of staff alerts, and who sees which: a kind is shown to a caller who may read the records it is about
 * (backorders, stock items, purchase orders, quality checks, temperature alerts); repeated failed sign-ins only to
 * those granted {@code alerts:security} (administrators). An alert's id is named after its kind and subject, so a
 * replay of its events gives it the same id.
 */
public final class AlertKinds {

    public static final String SLA_AT_RISK = "sla-at-risk";
    public static final String SLA_BREACHED = "sla-breached";
    public static final String BELOW_REORDER_POINT = "below-reorder-point";
    public static final String SUPPLIER_LATE = "supplier-late";
    public static final String QUALITY_REJECTED = "quality-rejected";
    public static final String TEMPERATURE_EXCURSION = "temperature-excursion";
    public static final String FAILED_SIGN_INS = "failed-sign-ins";
    public static final List<String> ALL = List.of(SLA_AT_RISK, SLA_BREACHED, BELOW_REORDER_POINT, SUPPLIER_LATE,
            QUALITY_REJECTED, TEMPERATURE_EXCURSION, FAILED_SIGN_INS);
    public static final List<String> STATUSES = List.of("open", "acknowledged", "resolved");

    private static final Map<String, String> SEEN_WITH = Map.of(SLA_AT_RISK, "backorders:read",
            SLA_BREACHED, "backorders:read", BELOW_REORDER_POINT, "stock-items:read",
            SUPPLIER_LATE, "purchase-orders:read", QUALITY_REJECTED, "quality-checks:read",
            TEMPERATURE_EXCURSION, "temperature-alerts:read", FAILED_SIGN_INS, "alerts:security");

    private AlertKinds() {
    }

    /** The kinds {@code caller} may see, less those they muted. */
    public static List<String> visibleTo(Caller caller, Collection<String> muted) {
        return ALL.stream().filter(kind -> caller.has(SEEN_WITH.get(kind)) && !muted.contains(kind)).toList();
    }

    /** The kinds {@code caller} may see. */
    public static List<String> visibleTo(Caller caller) {
        return visibleTo(caller, List.of());
    }

    /** A kind as a request names it; null stays null, anything else than a known kind is refused naming field. */
    public static String kind(String field, String kind) {
        if (kind != null && !ALL.contains(kind)) {
            throw new InvalidValueException(field, "must be one of " + ALL);
        }
        return kind;
    }

    /** The id of the alert of {@code kind} raised about {@code key} (a record's id, or an episode of it). */
    public static String alertId(String kind, String key) {
        return UUID.nameUUIDFromBytes(("alert/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The id of the settings record of one user. */
    public static String settingsId(String userId) {
        return UUID.nameUUIDFromBytes(("alert-settings/" + userId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
