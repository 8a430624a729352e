package com.opsledger.query.supplier;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.supplier.SupplierCreatedEvent;
import com.opsledger.kernel.supplier.SupplierProductOfferedEvent;
import com.opsledger.kernel.supplier.SupplierProductView;
import com.opsledger.kernel.supplier.SupplierProductWithdrawnEvent;
import com.opsledger.kernel.supplier.SupplierStatus;
import com.opsledger.kernel.supplier.SupplierStatusChangedEvent;
import com.opsledger.kernel.supplier.SupplierUpdatedEvent;
import com.opsledger.kernel.supplier.SupplierView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordScopes;
import com.opsledger.query.audit.ViewEvolution;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A supplier with its offered products as it was at any instant; a portal supplier sees only themselves. */
@Component
class SupplierTimeline implements ViewEvolution<SupplierView> {

    @Override
    public String resource() {
        return "suppliers";
    }

    @Override
    public String aggregateType() {
        return "Supplier";
    }

    @Override
    public SupplierView evolve(SupplierView s, RecordEvent event) {
        Object payload = event.payload();
        if (payload instanceof SupplierCreatedEvent e) {
            return new SupplierView(e.supplierId(), e.code(), e.name(), e.contactPerson(), e.email(), e.phone(),
                    e.address(), e.paymentTerms(), e.leadTimeDays(), e.status(), List.of(), event.sequenceNumber(),
                    event.timestamp(), event.timestamp());
        }
        if (payload instanceof SupplierUpdatedEvent e) {
            return new SupplierView(s.id(), s.code(), e.name(), e.contactPerson(), e.email(), e.phone(), e.address(),
                    e.paymentTerms(), e.leadTimeDays(), s.status(), s.products(), event.sequenceNumber(),
                    s.createdAt(), event.timestamp());
        }
        if (payload instanceof SupplierStatusChangedEvent e) {
            return with(s, event, e.to(), s.products());
        }
        if (payload instanceof SupplierProductOfferedEvent e) {
            List<SupplierProductView> products = without(s, e.productId());
            products.add(new SupplierProductView(e.productId(), e.price().amount(), e.price().currency(),
                    e.leadTimeDays()));
            products.sort(Comparator.comparing(SupplierProductView::productId));
            return with(s, event, s.status(), List.copyOf(products));
        }
        if (payload instanceof SupplierProductWithdrawnEvent e) {
            return with(s, event, s.status(), List.copyOf(without(s, e.productId())));
        }
        return s;
    }

    @Override
    public boolean visibleTo(Caller caller, SupplierView supplier) {
        return RecordScopes.supplierRecord(caller, supplier.id());
    }

    private static List<SupplierProductView> without(SupplierView s, String productId) {
        List<SupplierProductView> products = new ArrayList<>(s.products());
        products.removeIf(p -> p.productId().equals(productId));
        return products;
    }

    private static SupplierView with(SupplierView s, RecordEvent event, SupplierStatus status,
                                     List<SupplierProductView> products) {
        return new SupplierView(s.id(), s.code(), s.name(), s.contactPerson(), s.email(), s.phone(), s.address(),
                s.paymentTerms(), s.leadTimeDays(), status, products, event.sequenceNumber(), s.createdAt(),
                event.timestamp());
    }
}
