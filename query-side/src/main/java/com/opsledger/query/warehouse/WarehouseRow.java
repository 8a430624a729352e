package com.opsledger.query.warehouse;

import com.opsledger.kernel.warehouse.WarehouseView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "warehouse_view")
class WarehouseRow {

    @Id
    String id;
    String code;
    @Column(name = "code_upper")
    String codeUpper;
    String name;
    long version;
    @Column(name = "created_at")
    Instant createdAt;

    WarehouseView toView() {
        return new WarehouseView(id, code, name, version, createdAt);
    }
}
