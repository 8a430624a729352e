package com.opsledger.kernel.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

public record CreateCustomerCommand(@TargetAggregateIdentifier String customerId, String name, String email,
                                    String phone, String tier, List<Address> addresses,
                                    String communicationPreference) {
}
