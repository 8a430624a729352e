package com.opsledger.bench;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CrudStockRepository extends JpaRepository<CrudStockRow, String> {
}
