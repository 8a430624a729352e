package com.opsledger.kernel.qualitycheck;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attaches a photo already kept in the content store under {@code hash}. */
public record AddQualityPhotoCommand(@TargetAggregateIdentifier String qualityCheckId, String photoId, String hash,
                                     long size, String contentType) {
}
