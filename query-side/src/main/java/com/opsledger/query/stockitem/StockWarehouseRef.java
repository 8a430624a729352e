package com.opsledger.query.stockitem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "stock_item_warehouse_ref")
class StockWarehouseRef {

    @Id
    @Column(name = "warehouse_id")
    String warehouseId;
    String code;
}
