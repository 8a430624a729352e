package com.opsledger.command.customer;

import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.customer.CommunicationPreference;
import com.opsledger.kernel.customer.CreateCustomerCommand;
import com.opsledger.kernel.customer.CustomerCreatedEvent;
import com.opsledger.kernel.customer.CustomerTier;
import com.opsledger.kernel.customer.CustomerUpdatedEvent;
import com.opsledger.kernel.customer.UpdateCustomerCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A customer: contact details, delivery addresses, how they want to be told, and the tier their orders weigh. */
@Aggregate
public class Customer {

    @AggregateIdentifier
    private String customerId;

    protected Customer() {
    }

    @CommandHandler
    public Customer(CreateCustomerCommand command) {
        apply(new CustomerCreatedEvent(command.customerId(), CustomerRules.name(command.name()),
                CustomerRules.email(command.email()), CustomerRules.phone(command.phone()),
                CustomerTier.parse("tier", command.tier()).code(), CustomerRules.addresses(command.addresses()),
                CommunicationPreference.parse("communicationPreference", command.communicationPreference()).code()));
    }

    @CommandHandler
    public void handle(UpdateCustomerCommand command) {
        if (command.scopeCustomerId() != null && !command.scopeCustomerId().equals(customerId)) {
            throw new NotFoundException("customer", command.customerId());
        }
        apply(new CustomerUpdatedEvent(customerId, CustomerRules.name(command.name()),
                CustomerRules.email(command.email()), CustomerRules.phone(command.phone()),
                CustomerTier.parse("tier", command.tier()).code(), CustomerRules.addresses(command.addresses()),
                CommunicationPreference.parse("communicationPreference", command.communicationPreference()).code()));
    }

    @CommandHandler
    public void handle(com.opsledger.kernel.customer.SetDeliveryPreferencesCommand command) {
        if (command.scopeCustomerId() != null && !command.scopeCustomerId().equals(customerId)) {
            throw new NotFoundException("customer", command.customerId());
        }
        apply(new com.opsledger.kernel.customer.CustomerDeliveryPreferencesSetEvent(customerId,
                command.proofCodeRequired()));
    }

    @EventSourcingHandler
    void on(CustomerCreatedEvent event) {
        customerId = event.customerId();
    }
}
