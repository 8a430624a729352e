package com.opsledger.query.customer;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.customer.Address;
import com.opsledger.kernel.customer.CustomerCreatedEvent;
import com.opsledger.kernel.customer.CustomerUpdatedEvent;
import com.opsledger.kernel.customer.CustomerView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordScopes;
import com.opsledger.query.audit.ViewEvolution;
import org.springframework.stereotype.Component;

import java.util.List;

/** A customer as it was at any instant, in the shape of its usual view; a portal customer sees only themselves. */
@Component
class CustomerTimeline implements ViewEvolution<CustomerView> {

    @Override
    public String resource() {
        return "customers";
    }

    @Override
    public long version(CustomerView state) {
        return state.version();
    }

    @Override
    public String aggregateType() {
        return "Customer";
    }

    @Override
    public CustomerView evolve(CustomerView c, RecordEvent event) {
        if (event.payload() instanceof CustomerCreatedEvent e) {
            return new CustomerView(e.customerId(), e.name(), e.email(), e.phone(), e.tier(), addresses(e.addresses()),
                    e.communicationPreference(), event.sequenceNumber(), event.timestamp(), event.timestamp());
        }
        if (event.payload() instanceof CustomerUpdatedEvent e) {
            return new CustomerView(c.id(), e.name(), e.email(), e.phone(), e.tier(), addresses(e.addresses()),
                    e.communicationPreference(), event.sequenceNumber(), c.createdAt(), event.timestamp());
        }
        return c;
    }

    @Override
    public boolean visibleTo(Caller caller, CustomerView customer) {
        return RecordScopes.customerRecord(caller, customer.id());
    }

    private static List<Address> addresses(List<Address> addresses) {
        return addresses == null ? List.of() : List.copyOf(addresses);
    }
}
