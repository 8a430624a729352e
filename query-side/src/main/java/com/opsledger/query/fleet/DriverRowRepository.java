package com.opsledger.query.fleet;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DriverRowRepository extends JpaRepository<DriverRow, String>, JpaSpecificationExecutor<DriverRow> {
}
