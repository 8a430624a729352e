package com.opsledger.query.supplier;

import com.opsledger.kernel.supplier.PaymentTerms;
import com.opsledger.kernel.supplier.SupplierProductView;
import com.opsledger.kernel.supplier.SupplierStatus;
import com.opsledger.kernel.supplier.SupplierView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Entity
@Table(name = "supplier_view")
class SupplierRow {

    @Id
    String id;
    String code;
    @Column(name = "code_upper")
    String codeUpper;
    String name;
    @Column(name = "name_lower")
    String nameLower;
    @Column(name = "contact_person")
    String contactPerson;
    String email;
    String phone;
    String address;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_terms")
    PaymentTerms paymentTerms;
    @Column(name = "lead_time_days")
    int leadTimeDays;
    @Enumerated(EnumType.STRING)
    SupplierStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    List<SupplierProductView> products = new ArrayList<>();
    long version;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;

    /** {@code row} (a new one when null) holding {@code view}. */
    static SupplierRow of(SupplierRow row, SupplierView view) {
        SupplierRow written = row == null ? new SupplierRow() : row;
        written.id = view.id();
        written.code = view.code();
        written.codeUpper = view.code().toUpperCase(Locale.ROOT);
        written.name = view.name();
        written.nameLower = view.name().toLowerCase(Locale.ROOT);
        written.contactPerson = view.contactPerson();
        written.email = view.email();
        written.phone = view.phone();
        written.address = view.address();
        written.paymentTerms = view.paymentTerms();
        written.leadTimeDays = view.leadTimeDays();
        written.status = view.status();
        written.products = new ArrayList<>(view.products());
        written.version = view.version();
        written.createdAt = view.createdAt();
        written.updatedAt = view.updatedAt();
        return written;
    }

    SupplierView toView() {
        return new SupplierView(id, code, name, contactPerson, email, phone, address, paymentTerms, leadTimeDays,
                status, List.copyOf(products), version, createdAt, updatedAt);
    }
}
