package com.opsledger.kernel.access;

/** The session of the access token a request came with; a controller takes it as a parameter. */
public record CallerSession(String sessionId) {
}
