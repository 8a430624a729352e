package com.opsledger.query.alert;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When failed sign-ins of one user are repeated enough to alert an administrator: {@code threshold} of them within
 * {@code window} ({@code opsledger.alerts.failed-sign-ins.*}). A replay with other settings raises other alerts.
 */
@Component
class SignInFailureWindow {

    private final int threshold;
    private final Duration window;

    SignInFailureWindow(@Value("${opsledger.alerts.failed-sign-ins.threshold:5}") int threshold,
                        @Value("${opsledger.alerts.failed-sign-ins.window:15m}") Duration window) {
        if (threshold < 1 || threshold > 100 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("opsledger.alerts.failed-sign-ins needs a threshold of 1 to 100 "
                    + "and a positive window");
        }
        this.threshold = threshold;
        this.window = window;
    }

    /** The failures still inside the window once one more happened {@code at}. */
    List<Instant> after(List<Instant> before, Instant at) {
        List<Instant> kept = new ArrayList<>();
        for (Instant failure : before) {
            if (failure.isAfter(at.minus(window))) {
                kept.add(failure);
            }
        }
        kept.add(at);
        return kept.size() > threshold ? List.copyOf(kept.subList(kept.size() - threshold, kept.size()))
                : List.copyOf(kept);
    }

    boolean alerts(List<Instant> failures) {
        return failures.size() >= threshold;
    }

    String describe(List<Instant> failures) {
        return failures.size() + " failed sign-ins within " + window.toMinutes() + " minutes, the last at "
                + failures.get(failures.size() - 1);
    }
}
