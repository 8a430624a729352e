package com.opsledger.kernel.stockitem;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApproveWriteOffCommand(@TargetAggregateIdentifier String stockItemId, String writeOffId) {
}
