package com.opsledger.kernel.driver;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RegisterDriverCommand(@TargetAggregateIdentifier String driverId, String name, String phone,
                                    String licenceNumber, LocalDate licenceExpiry) {
}
