package com.opsledger.query.stockitem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface StockMovementRowRepository extends JpaRepository<StockMovementRow, String> {

    Page<StockMovementRow> findByStockItemId(String stockItemId, Pageable pageable);
}
