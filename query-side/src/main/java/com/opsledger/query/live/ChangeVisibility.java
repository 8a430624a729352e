package com.opsledger.query.live;

import com.opsledger.kernel.access.Caller;

/**
 * Whether a caller sees a change, exactly as they may read the record: the read permission of its kind, and for a
 * caller held to a customer or supplier only the changes of their own records.
 */
final class ChangeVisibility {

    private ChangeVisibility() {
    }

    static boolean sees(Caller caller, StoredChange change, RecordOwners owners) {
        if (!caller.has(ChangeKinds.readPermission(change.aggregateType()))) {
            return false;
        }
        if (!caller.isScoped()) {
            return true;
        }
        if (!ChangeKinds.owned(change.aggregateType())) {
            return false;
        }
        String owner = owners.owner(change.aggregateType(), change.aggregateId());
        return owner != null && (ChangeKinds.OF_CUSTOMERS.contains(change.aggregateType())
                ? caller.maySeeCustomer(owner) : caller.maySeeSupplier(owner));
    }
}
