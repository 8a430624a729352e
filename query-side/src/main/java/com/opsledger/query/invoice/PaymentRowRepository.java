package com.opsledger.query.invoice;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PaymentRowRepository extends JpaRepository<PaymentRow, String>, JpaSpecificationExecutor<PaymentRow> {
}
