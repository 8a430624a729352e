package com.opsledger.command.purchaseorder;

import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.purchaseorder.ApprovalLevel;

import java.math.BigDecimal;

/**
 * Who must approve a purchase order of a given total: below {@code managerThreshold} it is approved automatically,
 * from there up to {@code adminThreshold} a manager approves, above it an admin. Thresholds are amounts in the
 * order's own currency.
 */
public record ApprovalPolicy(BigDecimal managerThreshold, BigDecimal adminThreshold) {

    public ApprovalPolicy {
        if (managerThreshold == null || adminThreshold == null || managerThreshold.signum() < 0
                || adminThreshold.compareTo(managerThreshold) < 0) {
            throw new InvalidValueException("approval thresholds",
                    "must be zero or more, the admin threshold not below the manager threshold");
        }
    }

    public ApprovalLevel requiredFor(Money total) {
        if (total.amount().compareTo(managerThreshold) < 0) {
            return ApprovalLevel.AUTOMATIC;
        }
        return total.amount().compareTo(adminThreshold) <= 0 ? ApprovalLevel.MANAGER : ApprovalLevel.ADMIN;
    }
}
