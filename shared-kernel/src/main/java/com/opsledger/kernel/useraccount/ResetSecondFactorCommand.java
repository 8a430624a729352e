package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ResetSecondFactorCommand(@TargetAggregateIdentifier String userId) {
}
