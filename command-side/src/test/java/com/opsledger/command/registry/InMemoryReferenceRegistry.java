package com.opsledger.command.registry;

import com.opsledger.kernel.common.DuplicateException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference registry held in memory, with the semantics of {@link JdbcReferenceRegistry}: a key already held
 * cannot be claimed again, and a command that fails claims and registers nothing (its writes roll back with it).
 */
public class InMemoryReferenceRegistry implements ReferenceRegistry {

    private final Map<String, String> owners = new HashMap<>();
    private final Map<String, String> productUnits = new HashMap<>();
    private final Set<String> warehouses = new HashSet<>();

    public InMemoryReferenceRegistry withProduct(String productId, String unit) {
        productUnits.put(productId, unit);
        return this;
    }

    public InMemoryReferenceRegistry withWarehouse(String warehouseId) {
        warehouses.add(warehouseId);
        return this;
    }

    @Override
    public void claim(String scope, String field, String key, String ownerId) {
        String scoped = scope + "\u0000" + key;
        String holder = owners.putIfAbsent(scoped, ownerId);
        if (holder != null) {
            throw new DuplicateException(field, key, holder);
        }
        onRollback(() -> owners.remove(scoped));
    }

    @Override
    public Optional<String> ownerOf(String scope, String key) {
        return Optional.ofNullable(owners.get(scope + "\u0000" + key));
    }

    @Override
    public void registerProduct(String productId, String unit) {
        if (productUnits.putIfAbsent(productId, unit) != null) {
            throw new IllegalStateException("product " + productId + " is already registered");
        }
        onRollback(() -> productUnits.remove(productId));
    }

    @Override
    public Optional<String> productUnit(String productId) {
        return Optional.ofNullable(productUnits.get(productId));
    }

    @Override
    public void registerWarehouse(String warehouseId) {
        if (!warehouses.add(warehouseId)) {
            throw new IllegalStateException("warehouse " + warehouseId + " is already registered");
        }
        onRollback(() -> warehouses.remove(warehouseId));
    }

    @Override
    public boolean warehouseExists(String warehouseId) {
        return warehouses.contains(warehouseId);
    }

    private static void onRollback(Runnable undo) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onRollback(unitOfWork -> undo.run());
        }
    }
}
