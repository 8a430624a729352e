package com.opsledger.kernel.useraccount;

import com.opsledger.kernel.common.PageSpec;

public record ListSecurityEventsQuery(String userId, String type, PageSpec page) {
}
