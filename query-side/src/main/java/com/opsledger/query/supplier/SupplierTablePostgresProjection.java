package com.opsledger.query.supplier;

import com.opsledger.query.common.ReadModelTables;
import com.opsledger.kernel.privacy.DataSubjectErasedEvent;
import com.opsledger.kernel.supplier.SupplierCreatedEvent;
import com.opsledger.kernel.supplier.SupplierProductOfferedEvent;
import com.opsledger.kernel.supplier.SupplierProductView;
import com.opsledger.kernel.supplier.SupplierProductWithdrawnEvent;
import com.opsledger.kernel.supplier.SupplierStatusChangedEvent;
import com.opsledger.kernel.supplier.SupplierUpdatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The supplier table with its catalogue; each change applies once (guarded by the supplier's sequence number). */
@Component
@ReadModelTables("supplier_view")
@ProcessingGroup("suppliers-postgres")
class SupplierTablePostgresProjection {

    private final SupplierRowRepository rows;

    SupplierTablePostgresProjection(SupplierRowRepository rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(SupplierCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (rows.existsById(event.supplierId())) {
            return;
        }
        SupplierRow row = new SupplierRow();
        row.id = event.supplierId();
        row.code = event.code();
        row.codeUpper = event.code().toUpperCase(Locale.ROOT);
        row.status = event.status();
        row.createdAt = at;
        details(row, event.name(), event.contactPerson(), event.email(), event.phone(), event.address(),
                event.paymentTerms(), event.leadTimeDays());
        row.version = sequence;
        row.updatedAt = at;
        rows.save(row);
    }

    @EventHandler
    void on(SupplierUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.supplierId(), sequence, at, row -> details(row, event.name(), event.contactPerson(),
                event.email(), event.phone(), event.address(), event.paymentTerms(), event.leadTimeDays()));
    }

    @EventHandler
    void on(SupplierStatusChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.supplierId(), sequence, at, row -> row.status = event.to());
    }

    @EventHandler
    void on(SupplierProductOfferedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.supplierId(), sequence, at, row -> {
            List<SupplierProductView> products = new ArrayList<>(row.products);
            products.removeIf(p -> p.productId().equals(event.productId()));
            products.add(new SupplierProductView(event.productId(), event.price().amount(), event.price().currency(),
                    event.leadTimeDays()));
            products.sort(Comparator.comparing(SupplierProductView::productId));
            row.products = products;
        });
    }

    @EventHandler
    void on(SupplierProductWithdrawnEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.supplierId(), sequence, at, row -> {
            List<SupplierProductView> products = new ArrayList<>(row.products);
            products.removeIf(p -> p.productId().equals(event.productId()));
            row.products = products;
        });
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

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    private static void details(SupplierRow row, String name, String contactPerson, String email, String phone,
                                String address, com.opsledger.kernel.supplier.PaymentTerms terms, int leadTimeDays) {
        row.name = name;
        row.nameLower = name.toLowerCase(Locale.ROOT);
        row.contactPerson = contactPerson;
        row.email = email;
        row.phone = phone;
        row.address = address;
        row.paymentTerms = terms;
        row.leadTimeDays = leadTimeDays;
    }

    private void change(String supplierId, long sequence, Instant at, Consumer<SupplierRow> change) {
        SupplierRow row = rows.findById(supplierId).orElseThrow(() ->
                new IllegalStateException("supplier " + supplierId + " was not projected before its changes"));
        if (row.version >= sequence) {
            return;
        }
        change.accept(row);
        row.version = sequence;
        row.updatedAt = at;
        rows.save(row);
    }
}
