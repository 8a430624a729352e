package com.opsledger.query.stockitem;

import org.springframework.data.jpa.repository.JpaRepository;

interface StockProductRefRepository extends JpaRepository<StockProductRef, String> {
}
