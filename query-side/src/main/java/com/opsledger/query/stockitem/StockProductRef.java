package com.opsledger.query.stockitem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** What the stock item table copies from a product, kept by the stock item projection itself. */
@Entity
@Table(name = "stock_item_product_ref")
class StockProductRef {

    @Id
    @Column(name = "product_id")
    String productId;
    String sku;
    String name;
    @Column(name = "reorder_point")
    BigDecimal reorderPoint;
}
