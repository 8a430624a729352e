package com.opsledger.command.stockitem;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.DuplicateException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Quantity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Open reservations, and how the most recent closed ones ended so that a second release or issue is refused
 * with a reason. Older closed reservations are forgotten to keep a long-lived stock item small; they answer 404.
 */
final class Reservations {

    static final int REMEMBERED_CLOSED = 1000;

    record Reservation(String id, Quantity quantity, String reference) {
    }

    private final Map<String, Reservation> open = new LinkedHashMap<>();
    private final Map<String, String> recentlyClosed = new LinkedHashMap<>();

    Reservation open(String reservationId, String intendedOutcome) {
        Reservation reservation = open.get(reservationId);
        if (reservation != null) {
            return reservation;
        }
        String outcome = recentlyClosed.get(reservationId);
        if (outcome != null) {
            throw new BusinessRuleViolationException("reservation-closed", "reservation " + reservationId
                    + " was already " + outcome + " and cannot be " + intendedOutcome);
        }
        throw new NotFoundException("reservation", reservationId);
    }

    /** A reservation id names one reservation for good: reusing it would strand the stock it held. */
    void requireNew(String reservationId, String stockItemId) {
        if (reservationId == null || reservationId.isBlank()) {
            throw new InvalidValueException("reservationId", "is required");
        }
        if (open.containsKey(reservationId) || recentlyClosed.containsKey(reservationId)) {
            throw new DuplicateException("reservationId", reservationId, stockItemId);
        }
    }

    void opened(Reservation reservation) {
        open.put(reservation.id(), reservation);
    }

    void closed(String reservationId, String outcome) {
        open.remove(reservationId);
        recentlyClosed.put(reservationId, outcome);
        if (recentlyClosed.size() > REMEMBERED_CLOSED) {
            recentlyClosed.remove(recentlyClosed.keySet().iterator().next());
        }
    }
}
