package com.opsledger.kernel.useraccount;

import org.axonframework.serialization.Revision;

import java.util.Set;

@Revision("1")
public record RoleDefinedEvent(String name, String description, Set<String> permissions) {
}
