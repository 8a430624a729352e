package com.opsledger.bench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** The plain-CRUD baseline: one stock row, changed in place, with optimistic locking. Not part of the product schema. */
@Entity
@Table(schema = "bench", name = "crud_stock")
public class CrudStockRow {

    @Id
    String id;
    @Column(name = "on_hand")
    BigDecimal onHand;
    @Version
    long version;

    protected CrudStockRow() {
    }
}
