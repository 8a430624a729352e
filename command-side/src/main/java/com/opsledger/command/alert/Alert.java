package com.opsledger.command.alert;

import com.opsledger.kernel.alert.AcknowledgeAlertCommand;
import com.opsledger.kernel.alert.AlertAcknowledgedEvent;
import com.opsledger.kernel.alert.AlertResolvedEvent;
import com.opsledger.kernel.alert.RaiseSupplierLateAlertCommand;
import com.opsledger.kernel.alert.ResolveAlertCommand;
import com.opsledger.kernel.alert.SupplierDeliveryLateEvent;
import com.opsledger.kernel.common.FreeText;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What people did about one alert (acknowledged, resolved, each with who and when in the audit trail), and the
 * lateness of a purchase order that a check found. Most alerts are raised by a read model from the events of the
 * record they are about; this record starts with the first thing a person (or the check) does about it.
 */
@Aggregate
public class Alert {

    static final int MAX_NOTE = 2000;

    @AggregateIdentifier
    private String alertId;
    private boolean raised;
    private boolean acknowledged;
    private boolean resolved;

    protected Alert() {
    }

    /** Once per order: a second check of the same late order changes nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RaiseSupplierLateAlertCommand command) {
        if (!raised) {
            apply(new SupplierDeliveryLateEvent(command.alertId(), command.purchaseOrderId(), command.number(),
                    command.supplierId(), command.warehouseId(), command.expectedDate()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AcknowledgeAlertCommand command) {
        AlertHandling.requireAcknowledgeable(command.alertId(), status());
        apply(new AlertAcknowledgedEvent(command.alertId(), FreeText.optional("note", command.note(), MAX_NOTE)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ResolveAlertCommand command) {
        AlertHandling.requireResolvable(command.alertId(), status());
        apply(new AlertResolvedEvent(command.alertId(), FreeText.optional("note", command.note(), MAX_NOTE)));
    }

    private String status() {
        return resolved ? "resolved" : acknowledged ? "acknowledged" : "open";
    }

    @EventSourcingHandler
    void on(SupplierDeliveryLateEvent event) {
        alertId = event.alertId();
        raised = true;
    }

    @EventSourcingHandler
    void on(AlertAcknowledgedEvent event) {
        alertId = event.alertId();
        acknowledged = true;
    }

    @EventSourcingHandler
    void on(AlertResolvedEvent event) {
        alertId = event.alertId();
        resolved = true;
    }
}
