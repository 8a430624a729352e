package com.opsledger.kernel.privacy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erase a person: their key is deleted, so their personal data in every event reads back as erased. */
public record EraseDataSubjectCommand(@TargetAggregateIdentifier String erasureId, String subjectId, String reason) {
}
