package com.opsledger.query.warehouse;

import org.springframework.data.jpa.repository.JpaRepository;

interface WarehouseRowRepository extends JpaRepository<WarehouseRow, String> {
}
