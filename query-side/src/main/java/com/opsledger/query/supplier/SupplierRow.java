package com.opsledger.query.supplier;

import com.opsledger.kernel.supplier.PaymentTerms;
import com.opsledger.kernel.supplier.SupplierProductView;
import com.opsledger.kernel.supplier.SupplierStatus;
import com.opsledger.kernel.supplier.SupplierView;
import com.opsledger.query.common.RecordRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Entity
@Table(name = "supplier_view")
class SupplierRow extends RecordRow {

    String code;
    String codeUpper;
    String name;
    String nameLower;
    String contactPerson;
    String email;
    String phone;
    String address;
    @Enumerated(EnumType.STRING)
    PaymentTerms paymentTerms;
    int leadTimeDays;
    @Enumerated(EnumType.STRING)
    SupplierStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    List<SupplierProductView> products = new ArrayList<>();

    /** {@code row} (a new one when null) holding {@code view}. */
    static SupplierRow of(SupplierRow row, SupplierView view) {
        SupplierRow written = row == null ? new SupplierRow() : row;
        written.record(view.id(), view.version(), view.createdAt(), view.updatedAt());
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
        return written;
    }

    SupplierView toView() {
        return new SupplierView(id, code, name, contactPerson, email, phone, address, paymentTerms, leadTimeDays,
                status, List.copyOf(products), version, createdAt, updatedAt);
    }
}
