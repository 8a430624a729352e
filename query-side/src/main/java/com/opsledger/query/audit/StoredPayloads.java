package com.opsledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;

/** Makes a stored payload readable for the audit trail, e.g. personal data decrypted, or shown as erased. */
public interface StoredPayloads {

    JsonNode readable(JsonNode stored);
}
