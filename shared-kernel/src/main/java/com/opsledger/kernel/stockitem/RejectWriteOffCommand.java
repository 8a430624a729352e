package com.opsledger.kernel.stockitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectWriteOffCommand(@TargetAggregateIdentifier String stockItemId, String writeOffId, String reason) {
}
