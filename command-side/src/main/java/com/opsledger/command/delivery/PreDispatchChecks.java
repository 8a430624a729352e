package com.opsledger.command.delivery;

import com.opsledger.kernel.delivery.DeliveryLine;

import java.util.List;

/**
 * Whether goods may leave: where a product's inspection covers dispatch, a passed pre-dispatch quality check of the
 * batch is needed first. Answers, per line that may not leave yet, why not (empty: all may go).
 */
public interface PreDispatchChecks {

    List<String> missing(String warehouseId, List<DeliveryLine> lines);
}
