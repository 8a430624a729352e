package com.opsledger.query.qualitycheck;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface QualityCheckRowRepository extends JpaRepository<QualityCheckRow, String>,
        JpaSpecificationExecutor<QualityCheckRow> {
}
