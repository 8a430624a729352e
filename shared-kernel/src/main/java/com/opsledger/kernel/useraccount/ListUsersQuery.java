package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.common.PageSpec;

public record ListUsersQuery(String q, PageSpec page) {
}
