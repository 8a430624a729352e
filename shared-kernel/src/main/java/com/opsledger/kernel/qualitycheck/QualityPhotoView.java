package com.opsledger.kernel.qualitycheck;

import java.time.Instant;

/** A photo of a check: its content is read at {@code GET .../photos/{photoId}}. */
public record QualityPhotoView(String photoId, String hash, long size, String contentType, String addedBy,
                               Instant addedAt) {
}
