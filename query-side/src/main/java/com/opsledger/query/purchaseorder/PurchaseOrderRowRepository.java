package com.opsledger.query.purchaseorder;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PurchaseOrderRowRepository extends JpaRepository<PurchaseOrderRow, String>,
        JpaSpecificationExecutor<PurchaseOrderRow> {
}
