package com.opsledger.command.supplier;

import com.opsledger.kernel.supplier.SupplierStatus;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The supplier directory held in memory, for aggregate tests. */
public class InMemorySupplierDirectory implements SupplierDirectory {

    private final Map<String, SupplierStatus> statuses = new HashMap<>();
    private final Map<String, Integer> terms = new HashMap<>();
    private final Map<String, Offer> offers = new HashMap<>();
    private final Map<String, String> preferred = new HashMap<>();

    public InMemorySupplierDirectory withSupplier(String supplierId, SupplierStatus status) {
        statuses.put(supplierId, status);
        terms.put(supplierId, 30);
        return this;
    }

    @Override
    public void register(String supplierId, SupplierStatus status, int paymentTermsDays) {
        statuses.put(supplierId, status);
        terms.put(supplierId, paymentTermsDays);
    }

    @Override
    public void changed(String supplierId, SupplierStatus status, int paymentTermsDays) {
        register(supplierId, status, paymentTermsDays);
    }

    @Override
    public Optional<SupplierStatus> status(String supplierId) {
        return Optional.ofNullable(statuses.get(supplierId));
    }

    @Override
    public Optional<Integer> paymentTermsDays(String supplierId) {
        return Optional.ofNullable(terms.get(supplierId));
    }

    @Override
    public void offer(String supplierId, String productId, Offer offer) {
        offers.put(supplierId + "/" + productId, offer);
    }

    @Override
    public void withdraw(String supplierId, String productId) {
        offers.remove(supplierId + "/" + productId);
    }

    @Override
    public Optional<Offer> offer(String supplierId, String productId) {
        return Optional.ofNullable(offers.get(supplierId + "/" + productId));
    }

    @Override
    public void prefer(String productId, String supplierId) {
        if (supplierId == null) {
            preferred.remove(productId);
        } else {
            preferred.put(productId, supplierId);
        }
    }

    @Override
    public Optional<String> preferredSupplier(String productId) {
        return Optional.ofNullable(preferred.get(productId));
    }
}
