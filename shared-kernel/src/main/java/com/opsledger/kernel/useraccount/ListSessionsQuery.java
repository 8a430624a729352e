package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.common.PageSpec;

public record ListSessionsQuery(String userId, boolean activeOnly, PageSpec page) {
}
