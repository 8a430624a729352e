package com.opsledger.query.route;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RouteRowRepository extends JpaRepository<RouteRow, String>, JpaSpecificationExecutor<RouteRow> {
}
