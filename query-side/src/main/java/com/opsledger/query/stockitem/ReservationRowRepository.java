package com.opsledger.query.stockitem;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ReservationRowRepository extends JpaRepository<ReservationRow, String> {

    List<ReservationRow> findByStockItemIdOrderByCreatedAtDesc(String stockItemId, Pageable page);
}
