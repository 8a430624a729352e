package com.opsledger.command.purchaseorder;

import com.opsledger.command.invoice.PurchaseOrderFacts;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads a purchase order's lines from the aggregate itself, in the unit of work of the command that asks. */
@Component
class AggregatePurchaseOrderFacts implements PurchaseOrderFacts {

    private final ObjectProvider<Configuration> axon;

    AggregatePurchaseOrderFacts(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    @Override
    public Optional<Order> of(String purchaseOrderId) {
        try {
            return Optional.of(axon.getObject().repository(PurchaseOrder.class).load(purchaseOrderId)
                    .invoke(PurchaseOrder::facts));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
