package com.opsledger.command.alert;

import com.opsledger.kernel.alert.AlertKinds;
import com.opsledger.kernel.alert.ListOverduePurchaseOrdersQuery;
import com.opsledger.kernel.alert.OverduePurchaseOrderView;
import com.opsledger.kernel.alert.RaiseSupplierLateAlertCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lateness has no event of its own: on a schedule ({@link AlertChecksConfiguration}) this raises a supplier-late
 * alert for each purchase order that became overdue since (once per order; a raised one is not raised again).
 */
@Component
@ConditionalOnProperty(name = "opsledger.alerts.supplier-late.enabled", havingValue = "true", matchIfMissing = true)
public class SupplierLateCheck {

    private static final Logger log = LoggerFactory.getLogger(SupplierLateCheck.class);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Clock clock;

    SupplierLateCheck(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
        this.clock = Clock.systemUTC();
    }

    void scheduled() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("The check for late supplier deliveries failed; it runs again later", e);
        }
    }

    /**
     * Raises the alerts of the orders overdue today, a page of them at a time until none is left without one (one
     * order whose alert cannot be raised is logged and passed over, never holding back the others); answers how many
     * overdue orders had none yet.
     */
    public int check() {
        Set<String> seen = new HashSet<>();
        int raised = 0;
        while (true) {
            List<OverduePurchaseOrderView> overdue = queries.query(new ListOverduePurchaseOrdersQuery(
                    LocalDate.now(clock)), ResponseTypes.multipleInstancesOf(OverduePurchaseOrderView.class)).join();
            List<OverduePurchaseOrderView> fresh = overdue.stream().filter(o -> seen.add(o.purchaseOrderId())).toList();
            if (fresh.isEmpty()) {
                return raised;
            }
            for (OverduePurchaseOrderView order : fresh) {
                try {
                    commands.sendAndWait(new RaiseSupplierLateAlertCommand(AlertKinds.alertId(
                            AlertKinds.SUPPLIER_LATE, order.purchaseOrderId()), order.purchaseOrderId(),
                            order.number(), order.supplierId(), order.warehouseId(), order.expectedDate()));
                    raised++;
                } catch (RuntimeException e) {
                    log.warn("No supplier-late alert could be raised for purchase order {}: {}",
                            order.purchaseOrderId(), e.toString());
                }
            }
        }
    }
}
