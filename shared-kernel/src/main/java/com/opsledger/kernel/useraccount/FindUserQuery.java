package com.opsledger.kernel.useraccount;

public record FindUserQuery(String userId) {
}
