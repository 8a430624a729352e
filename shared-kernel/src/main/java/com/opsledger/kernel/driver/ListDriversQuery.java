package com.opsledger.kernel.driver;

import com.opsledger.kernel.common.PageSpec;

/** Drivers whose name starts with {@code text} (null for any); {@code onlyDriverId} scopes. */
public record ListDriversQuery(String text, String onlyDriverId, PageSpec page) {
}
