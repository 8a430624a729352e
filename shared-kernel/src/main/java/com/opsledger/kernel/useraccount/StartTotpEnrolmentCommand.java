package com.opsledger.kernel.useraccount;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StartTotpEnrolmentCommand(@TargetAggregateIdentifier String userId, String secret) {
}
