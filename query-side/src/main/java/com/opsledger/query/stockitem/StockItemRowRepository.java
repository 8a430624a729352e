package com.opsledger.query.stockitem;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.math.BigDecimal;

interface StockItemRowRepository extends JpaRepository<StockItemRow, String>, JpaSpecificationExecutor<StockItemRow> {

    @Modifying
    @Query("update StockItemRow s set s.productName = :name, s.reorderPoint = :reorderPoint, "
            + "s.belowReorderPoint = case when s.available < :reorderPoint then true else false end where s.productId = :productId")
    int productChanged(String productId, String name, BigDecimal reorderPoint);
}
