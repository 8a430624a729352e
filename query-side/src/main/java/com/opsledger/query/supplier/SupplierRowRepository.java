package com.opsledger.query.supplier;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SupplierRowRepository extends JpaRepository<SupplierRow, String>, JpaSpecificationExecutor<SupplierRow> {
}
