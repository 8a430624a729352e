package com.opsledger.kernel.qualitycheck;

import org.axonframework.serialization.Revision;

/** A photo joined the check: the event names the stored content (hash, size, type), never carries it. */
@Revision("1")
public record QualityPhotoAddedEvent(String qualityCheckId, String photoId, String hash, long size,
                                     String contentType, String addedBy) implements QualityCheckEvent {
}
