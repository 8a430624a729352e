package com.opsledger.kernel.catalog;

public record FindProductQuery(String productId) {
}
