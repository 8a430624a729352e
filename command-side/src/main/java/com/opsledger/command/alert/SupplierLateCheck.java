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
import java.util.List;

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

    /** Raises the alerts of the orders overdue today; answers how many overdue orders had none yet. */
    public int check() {
        List<OverduePurchaseOrderView> overdue = queries.query(new ListOverduePurchaseOrdersQuery(
                LocalDate.now(clock)), ResponseTypes.multipleInstancesOf(OverduePurchaseOrderView.class)).join();
        for (OverduePurchaseOrderView order : overdue) {
            commands.sendAndWait(new RaiseSupplierLateAlertCommand(AlertKinds.alertId(AlertKinds.SUPPLIER_LATE,
                    order.purchaseOrderId()), order.purchaseOrderId(), order.number(), order.supplierId(),
                    order.warehouseId(), order.expectedDate()));
        }
        return overdue.size();
    }
}
