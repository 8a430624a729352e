package com.opsledger.query.supplier;

import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import com.opsledger.kernel.supplier.SupplierCreatedEvent;
import com.opsledger.kernel.supplier.SupplierEvent;
import com.opsledger.kernel.supplier.SupplierProductOfferedEvent;
import com.opsledger.kernel.supplier.SupplierProductView;
import com.opsledger.kernel.supplier.SupplierProductWithdrawnEvent;
import com.opsledger.kernel.supplier.SupplierStatus;
import com.opsledger.kernel.supplier.SupplierStatusChangedEvent;
import com.opsledger.kernel.supplier.SupplierUpdatedEvent;
import com.opsledger.kernel.supplier.SupplierView;
import com.opsledger.query.audit.RecordEvent;
import com.opsledger.query.audit.RecordScopes;
import com.opsledger.query.audit.RowEvolution;
import com.opsledger.query.common.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The supplier table with its catalogue, and a supplier as it was at any instant: both follow its events through one
 * {@link #evolve}, each change applied once (guarded by the supplier's sequence number). A portal supplier sees only
 * themselves.
 */
@Component
@ReadModelTables("supplier_view")
@ProcessingGroup("suppliers-postgres")
class SupplierTablePostgresProjection extends RowEvolution<SupplierRow, SupplierView> {

    SupplierTablePostgresProjection(SupplierRowRepository rows) {
        super("suppliers", "Supplier", SupplierView::version, RecordScopes.ofSupplier(SupplierView::id), rows,
                SupplierRow::toView, SupplierRow::of);
    }

    @Override
    public SupplierView evolve(SupplierView s, RecordEvent event) {
        Object payload = event.payload();
        if (payload instanceof SupplierCreatedEvent e) {
            return new SupplierView(e.supplierId(), e.code(), e.name(), e.contactPerson(), e.email(), e.phone(),
                    e.address(), e.paymentTerms(), e.leadTimeDays(), e.status(), List.of(), event.sequenceNumber(),
                    event.timestamp(), event.timestamp());
        }
        if (s == null) {
            return null;
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

    @EventHandler
    void on(SupplierEvent event, DomainEventMessage<?> message) {
        project(event.supplierId(), message);
    }

    /** A supplier contact's erasure: their name, e-mail and phone read as erased, as a replay would. */
    @EventHandler
    void on(DataSubjectErasedEvent event) {
        rows.findById(event.subjectId()).ifPresent(row -> {
            row.contactPerson = row.contactPerson == null ? null : "[erased]";
            row.email = row.email == null ? null : "[erased]";
            row.phone = row.phone == null ? null : "[erased]";
            rows.save(row);
        });
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
