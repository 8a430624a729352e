package com.opsledger.kernel.useraccount;

/** All roles, or those whose name starts with {@code prefix} when it is given. */
public record ListRolesQuery(String prefix) {
}
