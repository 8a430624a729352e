package com.opsledger.kernel.useraccount;

import java.util.List;

public record RoleListView(List<RoleView> roles) {
}
