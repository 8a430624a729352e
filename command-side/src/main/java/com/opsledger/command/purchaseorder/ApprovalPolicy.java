package com.opsledger.command.purchaseorder;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.NotPermittedException;
import com.opsledger.kernel.purchaseorder.ApprovalLevel;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who must approve a purchase order of a given total: below the first threshold of its currency it is approved
 * automatically, from there up to the second a manager approves, above it an admin. Each currency has thresholds
 * of its own, in that currency; an order in a currency without them is refused. With {@code fourEyes} the approver
 * is another person than the one who drafted the order (for a draft the application made, than the one who
 * submitted it); the automatic approval is nobody and needs no second person.
 */
public record ApprovalPolicy(Map<String, Thresholds> thresholds, boolean fourEyes) {

    /** The two thresholds of one currency. */
    public record Thresholds(BigDecimal manager, BigDecimal admin) {

        public Thresholds {
            if (manager == null || admin == null || manager.signum() < 0 || admin.compareTo(manager) < 0) {
                throw new InvalidValueException("approval thresholds",
                        "must be zero or more, the admin threshold not below the manager threshold");
            }
        }
    }

    public ApprovalPolicy {
        Map<String, Thresholds> byCode = new TreeMap<>();
        thresholds.forEach((currency, t) -> byCode.put(Money.requireCurrency("approval thresholds", currency), t));
        thresholds = Collections.unmodifiableMap(byCode);
    }

    /** The policy from the configured settings: each currency's list holds exactly its two thresholds. */
    public static ApprovalPolicy of(ApprovalSettings settings) {
        Map<String, Thresholds> thresholds = new TreeMap<>();
        settings.thresholdsByCurrency().forEach((currency, values) -> {
            if (values == null || values.size() != 2) {
                throw new InvalidValueException("approval thresholds of " + currency,
                        "must be two amounts, the manager's then the admin's");
            }
            thresholds.put(currency, new Thresholds(values.get(0), values.get(1)));
        });
        return new ApprovalPolicy(thresholds, settings.fourEyesRequired());
    }

    /** Policy with the same two thresholds for each of {@code currencies}. */
    public static ApprovalPolicy uniform(BigDecimal manager, BigDecimal admin, boolean fourEyes,
                                         String... currencies) {
        Map<String, Thresholds> thresholds = new TreeMap<>();
        for (String currency : currencies) {
            thresholds.put(currency, new Thresholds(manager, admin));
        }
        return new ApprovalPolicy(thresholds, fourEyes);
    }

    public ApprovalLevel requiredFor(Money total) {
        Thresholds t = thresholdsOf("currency", total.currency());
        if (total.amount().compareTo(t.manager()) < 0) {
            return ApprovalLevel.AUTOMATIC;
        }
        return total.amount().compareTo(t.admin()) <= 0 ? ApprovalLevel.MANAGER : ApprovalLevel.ADMIN;
    }

    /** Refuses (422 naming {@code field}) a currency that has no approval thresholds. */
    public Thresholds thresholdsOf(String field, String currency) {
        Thresholds t = thresholds.get(currency);
        if (t == null) {
            throw new BusinessRuleViolationException("approval-thresholds", field, "purchase orders in " + currency
                    + " cannot be approved: no approval thresholds are configured for it (there are for "
                    + String.join(", ", thresholds.keySet()) + ")");
        }
        return t;
    }

    /**
     * With four eyes, refuses (403) an approval or rejection by the person the order came from: its drafter, or
     * the one who submitted it when the application drafted it. Nobody known (no person behind it) needs no check.
     */
    public void requireSecondPerson(String action, String approverId, String drafterId, String submitterId) {
        if (!fourEyes) {
            return;
        }
        String author = person(drafterId) != null ? drafterId : person(submitterId);
        if (author != null && author.equals(approverId)) {
            throw new NotPermittedException("four-eyes", "the person who "
                    + (author.equals(drafterId) ? "drafted" : "submitted") + " this purchase order cannot " + action
                    + " it; another approver must");
        }
    }

    private static String person(String userId) {
        return userId == null || userId.isBlank() || Caller.SYSTEM.equals(userId) ? null : userId;
    }
}
