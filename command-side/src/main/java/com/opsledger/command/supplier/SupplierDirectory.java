package com.opsledger.command.supplier;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.supplier.SupplierStatus;

import java.util.Optional;

/**
 * What command handlers need to know of suppliers across aggregates: whether one exists and may be ordered from,
 * what it charges for a product, and which supplier a product is bought from. Written in the command's transaction.
 */
public interface SupplierDirectory {

    record Offer(Money price, int leadTimeDays) {
    }

    void register(String supplierId, SupplierStatus status, int paymentTermsDays);

    void changed(String supplierId, SupplierStatus status, int paymentTermsDays);

    Optional<SupplierStatus> status(String supplierId);

    Optional<Integer> paymentTermsDays(String supplierId);

    void offer(String supplierId, String productId, Offer offer);

    void withdraw(String supplierId, String productId);

    Optional<Offer> offer(String supplierId, String productId);

    void prefer(String productId, String supplierId);

    Optional<String> preferredSupplier(String productId);
}
