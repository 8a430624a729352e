package com.opsledger.kernel.invoice;

import java.math.BigDecimal;
import java.util.List;

public record InvoiceLineView(String lineId, String productId, BigDecimal ordered, BigDecimal received,
                              BigDecimal invoicedBefore, BigDecimal invoiced, BigDecimal orderedPrice,
                              BigDecimal invoicedPrice, List<String> issues) {
}
