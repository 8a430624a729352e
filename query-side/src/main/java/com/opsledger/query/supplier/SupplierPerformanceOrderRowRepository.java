package com.opsledger.query.supplier;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierPerformanceOrderRowRepository extends JpaRepository<SupplierPerformanceOrderRow, String> {
}
