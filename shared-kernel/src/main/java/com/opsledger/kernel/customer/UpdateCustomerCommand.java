package com.opsledger.kernel.customer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Replaces a customer's details; {@code scopeCustomerId}, when set, is the only customer the sender may change. */
public record UpdateCustomerCommand(@TargetAggregateIdentifier String customerId, String name, String email,
                                    String phone, String tier, List<Address> addresses,
                                    String communicationPreference, String scopeCustomerId) {
}
