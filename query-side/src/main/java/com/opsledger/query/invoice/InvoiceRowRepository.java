package com.opsledger.query.invoice;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InvoiceRowRepository extends JpaRepository<InvoiceRow, String>, JpaSpecificationExecutor<InvoiceRow> {
}
