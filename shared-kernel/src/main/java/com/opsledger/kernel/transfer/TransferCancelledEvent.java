package com.opsledger.kernel.transfer;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TransferCancelledEvent(String transferId, String reason) implements TransferEvent {
}
