package com.opsledger.query.supplier;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierPerformanceRowRepository extends JpaRepository<SupplierPerformanceRow, String> {
}
