package com.opsledger.kernel.privacy;

import org.axonframework.serialization.Revision;

/** A person's personal data was erased: the key that encrypted it no longer exists. */
@Revision("1")
public record DataSubjectErasedEvent(String erasureId, String subjectId, String reason) {
}
