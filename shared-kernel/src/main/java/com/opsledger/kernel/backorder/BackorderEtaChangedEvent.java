package com.opsledger.kernel.backorder;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record BackorderEtaChangedEvent(String backorderId, String customerId, LocalDate eta, String etaBasis,
                                       LocalDate previousEta, String previousEtaBasis) implements BackorderEvent {
}
