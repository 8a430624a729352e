package com.opsledger.query.fleet;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface VehicleRowRepository extends JpaRepository<VehicleRow, String>, JpaSpecificationExecutor<VehicleRow> {
}
