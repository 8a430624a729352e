package com.opsledger.command.qualitycheck;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Reason;
import com.opsledger.kernel.qualitycheck.DecideQualityCheckCommand;

import static com.opsledger.kernel.qualitycheck.QualityCheckTerms.DECISIONS;
import static com.opsledger.kernel.qualitycheck.QualityCheckTerms.DISPOSITIONS;
import static com.opsledger.kernel.qualitycheck.QualityCheckTerms.RELEASE;
import static com.opsledger.kernel.qualitycheck.QualityCheckTerms.RETURN_TO_SUPPLIER;

/**
 * What a decision must say: a pass releases the goods (no other disposition); a rejection gives a reason and sends
 * the goods to a write-off or back to the supplier, which needs a supplier (the check's purchase order).
 */
final class QualityDecisionPolicy {

    record Decision(boolean pass, String reason, String correctiveAction, String disposition) {
    }

    private QualityDecisionPolicy() {
    }

    static Decision of(DecideQualityCheckCommand command, String supplierId) {
        if (command.decision() == null || !DECISIONS.contains(command.decision())) {
            throw new InvalidValueException("decision", "must be one of " + DECISIONS);
        }
        if (command.disposition() != null && !DISPOSITIONS.contains(command.disposition())) {
            throw new InvalidValueException("disposition", "must be one of " + DISPOSITIONS);
        }
        String correctiveAction = Reason.optional("correctiveAction", command.correctiveAction());
        if (command.decision().equals("pass")) {
            if (command.disposition() != null && !command.disposition().equals(RELEASE)) {
                throw new BusinessRuleViolationException("quality-pass-releases", "disposition",
                        "a passed check releases the goods; write-off or return needs a rejection");
            }
            return new Decision(true, Reason.optional("reason", command.reason()), correctiveAction, RELEASE);
        }
        String reason = Reason.require("reason", command.reason());
        if (command.disposition() == null) {
            throw new InvalidValueException("disposition", "is required to reject: write-off or return-to-supplier");
        }
        if (command.disposition().equals(RELEASE)) {
            throw new BusinessRuleViolationException("quality-reject-disposition", "disposition",
                    "rejected goods are written off or returned to the supplier, not released");
        }
        if (command.disposition().equals(RETURN_TO_SUPPLIER) && supplierId == null) {
            throw new BusinessRuleViolationException("quality-return-without-supplier", "disposition",
                    "goods can be returned only when the check names the purchase order they came with");
        }
        return new Decision(false, reason, correctiveAction, command.disposition());
    }
}
