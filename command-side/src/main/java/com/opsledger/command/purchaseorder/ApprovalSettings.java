package com.opsledger.command.purchaseorder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The approval rules as the application is configured ({@code opsledger.procurement.approval.*}): for each currency
 * its two thresholds (manager from the first, admin above the second), and whether the approver must be another
 * person than the one who drafted the order.
 */
public interface ApprovalSettings {

    /** The thresholds of each currency (ISO 4217 code), the first then the second, in that currency. */
    Map<String, List<BigDecimal>> thresholdsByCurrency();

    /** Whether the approver must differ from the person who drafted (or, for a draft the application made, submitted) the order. */
    boolean fourEyesRequired();
}
