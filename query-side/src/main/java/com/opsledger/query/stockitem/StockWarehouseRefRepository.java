package com.opsledger.query.stockitem;

import org.springframework.data.jpa.repository.JpaRepository;

interface StockWarehouseRefRepository extends JpaRepository<StockWarehouseRef, String> {
}
