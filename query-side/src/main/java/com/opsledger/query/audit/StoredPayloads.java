package com.opsledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Makes a stored payload readable for the audit trail, e.g. personal data decrypted, or shown as erased, and secrets
 * never shown.
 */
public interface StoredPayloads {

    /** {@code payloadType}: the stored payload's class name. */
    JsonNode readable(String payloadType, JsonNode stored);
}
