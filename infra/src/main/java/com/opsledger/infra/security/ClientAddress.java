package com.opsledger.infra.security;

/** The address a request came from, as a controller method parameter. */
public record ClientAddress(String ip) {
}
