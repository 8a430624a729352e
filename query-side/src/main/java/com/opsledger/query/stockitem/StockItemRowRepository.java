package com.opsledger.query.stockitem;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface StockItemRowRepository extends JpaRepository<StockItemRow, String>, JpaSpecificationExecutor<StockItemRow> {
}
