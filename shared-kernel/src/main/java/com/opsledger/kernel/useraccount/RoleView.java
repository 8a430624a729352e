package com.opsledger.kernel.useraccount;

import java.util.Set;

public record RoleView(String name, String description, Set<String> permissions, long version) {
}
